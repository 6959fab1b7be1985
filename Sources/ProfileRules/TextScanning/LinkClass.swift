/// The severity class of a link (issue 19): what the linked host is, and so how bad sharing it is.
public enum LinkClass: Sendable, Hashable {
    /// A direct-contact channel: messenger deep link, call or booking page, contact form, social or professional
    /// profile, shortener or link-in-bio page, `mailto:`/`tel:`. An error.
    case directContact
    /// Any other site: a personal or client site can identify its owner (UA §7.2, T4). A warning.
    case otherSite
    /// A known work-sample host (Behance, GitHub, a cloud-drive preview…): allowed (T10). Info only.
    case workSample
}
