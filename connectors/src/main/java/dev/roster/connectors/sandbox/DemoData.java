package dev.roster.connectors.sandbox;

import java.util.List;

/**
 * The word lists the demo organisation is drawn from. A name written {@code display|ascii} has a
 * non-Latin display form and the romanisation its user id is made from; Latin names with accents are
 * folded to ASCII for ids automatically.
 */
final class DemoData {
    private DemoData() {
    }

    static final List<String> FIRST_NAMES = List.of(
            "Emma", "Liam", "Olivia", "Noah", "Ava", "Elijah", "Sophia", "Lucas", "Mia", "Mason", "Isabella", "Ethan",
            "Amelia", "James", "Harper", "Benjamin", "Evelyn", "Henry", "Abigail", "Alexander", "Emily", "Daniel", "Ella",
            "Matthew", "Grace", "Samuel", "Chloe", "David", "Lily", "Joseph", "Hannah", "Gabriel", "Sarah", "Julian",
            "Anna", "Leo", "Laura", "Max", "Nora", "Oscar", "Clara", "Felix", "Ida", "Hugo", "Freya", "Jonas", "Lena",
            "Paul", "Marie", "Tom", "Sofia", "Adam", "Maya", "Omar", "Aisha", "Ravi", "Priya", "Arjun", "Ananya", "Wei",
            "Mei", "Carlos", "Lucía", "Mateo", "Valentina", "Diego", "Camila", "Pedro", "Beatriz", "João", "Ana", "Luca",
            "Giulia", "Marco", "Chiara", "Pierre", "Camille", "Louis", "Léa", "Zoë", "Søren", "Jürgen", "Zoé", "François",
            "José", "Łukasz", "Björn", "Ólafur", "Çağla", "Siobhán", "Chloé", "Renée", "Agnès", "Małgorzata", "Øystein",
            "Åsa", "Joël", "İlker", "Mónica", "Inês", "Noémie", "Håkon", "Kwame", "Amara", "Chidi", "Zanele", "Tariq",
            "Layla", "Yusuf", "Fatima", "Min-jun", "Seo-yeon", "Ji-woo", "Hyun", "Aroha", "Tane", "Niamh", "Ciarán");

    static final List<String> LAST_NAMES = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
            "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green",
            "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
            "Turner", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
            "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Dubois", "Moreau", "Lefèvre",
            "Fontaine", "Rousseau", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Silva", "Santos",
            "Oliveira", "Souza", "Pereira", "Costa", "González", "Fernández", "Sánchez", "Pérez", "Gómez", "Jensen",
            "Nielsen", "Hansen", "Pedersen", "Andersen", "Ørsted", "Larsen", "Johansson", "Karlsson", "Nilsson",
            "Eriksson", "Lindqvist", "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Novák", "Dvořák", "Horváth", "Nagy",
            "Yılmaz", "Kaya", "Demir", "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Chen", "Wang",
            "Li", "Zhang", "Liu", "Yang", "Huang", "Nguyễn", "Trần", "Phạm", "Kim", "Park", "Choi", "Jung", "O'Brien",
            "Murphy", "Kelly", "O'Connor", "Byrne", "MacDonald", "Fraser", "Cohen", "Levi", "Haddad", "Mansour", "Okafor",
            "Adeyemi", "Mensah", "Nkosi", "Ngata", "Kowalczyk", "Virtanen", "Korhonen", "Papadopoulos", "Ivanova");

    /** Family name first, given name second, as the Tokyo office writes them. */
    static final List<String> JAPANESE_FAMILY_NAMES = List.of("佐藤|Sato", "鈴木|Suzuki", "高橋|Takahashi", "田中|Tanaka",
            "渡辺|Watanabe", "伊藤|Ito", "山本|Yamamoto", "中村|Nakamura", "小林|Kobayashi", "加藤|Kato");
    static final List<String> JAPANESE_GIVEN_NAMES = List.of("花子|Hanako", "太郎|Taro", "健太|Kenta", "美咲|Misaki",
            "翔太|Shota", "陽菜|Hina", "大輝|Daiki", "結衣|Yui", "蓮|Ren", "葵|Aoi");

    /** An office: its group's name, city, weight in the headcount, phone prefix, usual language. */
    record Office(String group, String city, int weight, String phonePrefix, String language) {
    }

    static final List<Office> OFFICES = List.of(
            new Office("Berlin Office", "Berlin", 14, "+49 30 5550", "de"),
            new Office("London Office", "London", 14, "+44 20 7946", "en-GB"),
            new Office("New York Office", "New York", 16, "+1 212 555", "en-US"),
            new Office("San Francisco Office", "San Francisco", 15, "+1 415 555", "en-US"),
            new Office("東京オフィス", "Tokyo", 8, "+81 3 5550", "ja"),
            new Office("Kontor København", "Copenhagen", 6, "+45 3555", "da"),
            new Office("Escritório São Paulo", "São Paulo", 7, "+55 11 5550", "pt-BR"),
            new Office("Bangalore Office", "Bangalore", 10, "+91 80 5550", "en-IN"),
            new Office("Toronto Office", "Toronto", 6, "+1 416 555", "en-CA"),
            new Office("Sydney Office", "Sydney", 4, "+61 2 5550", "en-AU"));

    /** A department: its name and code, weight in the headcount, job titles (managers last), teams. */
    record Department(String name, String code, int weight, List<String> titles, List<String> teams) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("Engineering", "ENG", 28, List.of("Software Engineer", "Senior Software Engineer",
                    "Staff Engineer", "QA Engineer", "Site Reliability Engineer", "Principal Engineer", "Engineering Manager"),
                    List.of("Payments", "Platform", "Mobile", "Search", "Identity", "Data Pipeline", "Frontend", "Public API",
                            "Infrastructure", "Developer Experience", "Billing", "Notifications", "Integrations",
                            "Security Engineering", "Performance", "Storage", "Observability", "Release Engineering",
                            "Machine Learning", "Growth Engineering")),
            new Department("Sales", "SAL", 14, List.of("Account Executive", "Sales Development Representative",
                    "Sales Engineer", "Regional Sales Manager"), List.of("EMEA Enterprise", "NA Enterprise", "APAC Sales",
                    "Mid-Market", "SMB Sales", "Partnerships", "Sales Engineering", "Renewals", "Public Sector", "LATAM Sales")),
            new Department("Customer Support", "SUP", 12, List.of("Support Specialist", "Senior Support Specialist",
                    "Technical Account Manager", "Support Team Lead"), List.of("Tier 1 Americas", "Tier 1 EMEA",
                    "Tier 1 APAC", "Tier 2", "Escalations", "Customer Onboarding", "Knowledge Base", "Premium Support")),
            new Department("Operations", "OPS", 8, List.of("Operations Analyst", "Facilities Coordinator",
                    "Procurement Specialist", "Program Manager"), List.of("Facilities", "Procurement", "Business Operations",
                    "Vendor Management", "Travel Desk", "Workplace Experience")),
            new Department("Marketing", "MKT", 7, List.of("Content Strategist", "SEO Specialist", "Marketing Designer",
                    "Product Marketing Manager", "Marketing Manager"), List.of("Brand", "Content", "Demand Generation",
                    "Events", "Product Marketing", "Social Media", "Web Marketing", "Lifecycle Marketing")),
            new Department("Finance", "FIN", 5, List.of("Accountant", "Financial Analyst", "Payroll Specialist",
                    "Controller"), List.of("Accounting", "FP&A", "Payroll", "Tax", "Treasury")),
            new Department("Product", "PRD", 5, List.of("Product Manager", "Senior Product Manager",
                    "Group Product Manager"), List.of("Core Product", "Mobile Product", "Platform Product", "Analytics Product")),
            new Department("People & HR", "HR", 4, List.of("Recruiter", "People Operations Specialist",
                    "HR Business Partner", "Head of Learning & Development"), List.of("Recruiting", "People Operations",
                    "Learning & Development", "Total Rewards", "Belonging Council")),
            new Department("Legal", "LEG", 2, List.of("Paralegal", "Counsel", "Privacy Officer", "General Counsel"),
                    List.of("Commercial Legal", "Privacy Office", "Compliance")),
            new Department("IT", "IT", 5, List.of("IT Support Technician", "Systems Administrator", "Network Engineer",
                    "IT Manager"), List.of("Service Desk", "Endpoint Management", "Network Team", "Identity & Access",
                    "Collaboration Tools")),
            new Department("Research", "RES", 6, List.of("Data Scientist", "Research Engineer", "UX Researcher",
                    "Research Scientist", "Research Director"), List.of("Applied Research", "Data Science", "UX Research",
                    "Experimentation")),
            new Department("Design", "DES", 4, List.of("Product Designer", "Senior Product Designer", "Illustrator",
                    "Design Manager"), List.of("Design Systems", "Product Design", "Illustration", "Motion Design")));

    /** Plain groups with a fixed meaning; their members are chosen by {@link DemoGroups}. */
    static final List<String> INTEREST_GROUPS = List.of("Book Club", "Zoë's Running Club", "Chess Club", "Green Team",
            "Women in Tech", "Pride Network", "Parents Network", "Toastmasters", "Hackathon 2024", "Hackathon 2025",
            "Mentors", "Mentees", "Security Champions", "Interview Panel", "Release Approvers", "Incident Commanders",
            "Budget Owners", "Accessibility Guild", "Java Guild", "Kotlin Guild", "Rust Guild", "Go Guild", "Python Guild",
            "Frontend Guild", "Testing Guild", "API Design Guild", "Writing Guild", "Café Crew ☕", "Fika Friday",
            "Música en la Oficina");

    static final List<String> ADMIN_GROUPS = List.of("GitHub Admins", "Slack Admins", "Jira Admins", "Okta Admins",
            "AWS Production Access", "AWS Staging Access", "On-call Primary", "On-call Secondary", "VPN Users",
            "Executive Team", "Board Observers", "Leadership Offsite 2025");

    /** Groups left without members: archived projects and the like. */
    static final List<String> EMPTY_GROUPS = List.of("Alumni Network", "Project Phoenix (archived)", "Legacy CRM Users");

    static final List<String> CODENAMES = List.of("Atlas", "Borealis", "Cobalt", "Dynamo", "Ember", "Fjord", "Granite",
            "Helios", "Indigo", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orca", "Pulsar", "Quartz", "Raven",
            "Sequoia", "Tundra", "Umbra", "Vertex", "Willow", "Xenon", "Yarrow", "Zephyr", "Aurora", "Basalt", "Cirrus",
            "Delta", "Equinox", "Falcon", "Glacier", "Harbor", "Iris", "Jade", "Kite", "Lotus", "Monsoon", "Nova",
            "Onyx", "Prism", "Quasar", "Redwood", "Saffron", "Tidal", "Ultra", "Valkyrie", "Wren", "Yukon", "Zenith",
            "Amber", "Beacon", "Comet", "Dune", "Echo", "Flint", "Garnet", "Hazel", "Ivory", "Jasper", "Kraken", "Lynx",
            "Mistral", "Nebula", "Opal", "Pioneer", "Quill", "Rook", "Sierra", "Topaz", "Umber", "Vortex");

    static final List<String> BIOS = List.of("Coffee first, then code.", "Ask me about our release process.",
            "Loves hiking and bad puns.", "Previously at a consultancy; now happily in-house.", "Plays cello on weekends.",
            "Part-time baker, full-time optimist.", "Happy to mentor new joiners.", "Ferments everything.");
}
