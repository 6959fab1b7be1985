/// Skills and tools recognised in job posts even outside a skills list. Data, not logic: folded (lower-case)
/// names matched at word boundaries, with the display form used in messages.
enum TechnologyLexicon {
    static let names: [String] = [
        "WordPress", "WooCommerce", "Shopify", "Wix", "Squarespace", "Webflow", "Elementor", "Divi", "Magento",
        "Figma", "Adobe XD", "Sketch", "Photoshop", "Illustrator", "InDesign", "Canva", "After Effects",
        "Premiere Pro", "Adobe Creative Suite", "Adobe Creative Cloud", "Blender", "HTML", "CSS", "JavaScript",
        "TypeScript", "React", "React Native", "Next.js",
        "Vue", "Angular", "Svelte", "Node.js", "Express.js", "PHP", "Laravel", "Python", "Django", "Flask", "FastAPI",
        "Ruby on Rails", "Java", "Kotlin", "Swift", "SwiftUI", "Objective-C", "Flutter", "Dart", "Golang", "Rust",
        "C#", ".NET", "C++", "SQL", "PostgreSQL", "MySQL", "MongoDB", "Redis", "Firebase", "Supabase", "GraphQL",
        "REST API", "AWS", "Azure", "Google Cloud", "Docker", "Kubernetes", "Terraform", "CI/CD", "Git",
        "Tailwind", "Bootstrap", "SEO", "Google Analytics", "Google Ads", "Facebook Ads", "Mailchimp", "HubSpot",
        "Salesforce", "Zapier", "Airtable", "Notion", "Microsoft Excel", "Google Sheets", "Power BI", "Tableau",
        "Looker", "dbt", "Airflow",
        "Snowflake", "BigQuery", "Spark", "TensorFlow", "PyTorch", "OpenAI", "LLM", "machine learning",
        "data analysis", "copywriting", "proofreading", "translation", "UI", "UX", "logo", "branding",
        "responsive", "mobile-friendly", "landing page", "e-commerce", "API", "Stripe", "PayPal integration",
    ]

    /// Folded forms, longest first so "react native" is found before "react".
    static let terms: [String] = names.map { FoldedText($0).string }.sorted { $0.count > $1.count }

    static let display: [String: String] = Dictionary(
        names.map { (FoldedText($0).string, $0) },
        uniquingKeysWith: { first, _ in first })

    static func displayName(_ folded: String) -> String { display[folded] ?? folded }

    /// Names of fields of work rather than of products: in a self-introduction ("a UI/UX designer") they are a job
    /// title, not a tool the post asked for.
    static let fields: Set<String> = [
        "UI", "UX", "SEO", "logo", "branding", "responsive", "mobile-friendly", "landing page", "e-commerce", "API",
        "data analysis", "machine learning", "copywriting", "proofreading", "translation", "LLM", "REST API", "CI/CD",
    ]

    /// Matching terms of the products (tools, platforms, languages): always specific to a job that names them.
    static let productTerms: Set<String> = Set(
        names.filter { !fields.contains($0) }
            .flatMap { JobPost.terms(in: $0) })
}
