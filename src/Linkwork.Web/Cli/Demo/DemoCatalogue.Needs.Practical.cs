using Linkwork.Domain.Directory;

namespace Linkwork.Web.Cli.Demo;

// Practical needs: food, housing, money, the law and getting about.
public static partial class DemoCatalogue
{
    private static readonly NeedProfile Food = new(
        Need: NeedCategory.Food,
        OrganisationWeight: 9,
        FixedNames:
        [
            new("Rotherham Community Food Hub", "Rotherham town centre", "Rotherham"),
            new("Dearne Valley Food Partnership", "Wath-upon-Dearne", "the Dearne Valley"),
            new("Rother Valley Community Pantry", "Dinnington", "the Rother Valley"),
            new("Eastwood Village Food Project", "Eastwood", "Eastwood"),
        ],
        AreaNames: [After(" Community Food Bank"), After(" Community Larder"), After(" Food Pantry"), After(" Community Fridge"), After(" Community Kitchen"), After(" Food Share")],
        Descriptions:
        [
            new("A volunteer-run food project making sure nobody in ", " goes hungry."),
            new("A community pantry and food bank serving families and individuals in and around ", ", run from local churches and community centres."),
            new("We rescue surplus food from shops and growers and share it with people in ", " who are finding it hard to make ends meet."),
        ],
        Services:
        [
            From(16, "Emergency Food Parcels", 0, "Three days of nutritionally balanced emergency food for individuals and families in crisis, with a chat and a hot drink while you wait."),
            Adults("Community Pantry", 1, "A membership pantry where you choose your own groceries, fresh fruit and vegetables at a fraction of the shop price.",
                "£3.50 for a bag of shopping worth around £15; membership £5 a year"),
            From(0, "Community Café and Hot Meal", 2, "A hot two-course lunch in a warm, welcoming space – come for the food, stay for the company.",
                "£2.50 for a two-course meal; children eat free"),
            From(16, "Cook and Eat Sessions", 3, "Learn to cook simple, healthy meals on a budget, then sit down and eat together. Ingredients provided.",
                "£1 a session towards ingredients"),
            Ages(5, 16, "Holiday Activities and Food", 5, "Games, sport, crafts and a healthy meal for children during the school holidays."),
            From(0, "Community Fridge", 4, "Surplus food from local supermarkets, shared free with anyone who can use it – no questions asked."),
            From(16, "Baby Bank and Family Food Support", 1, "Nappies, formula, baby clothes and family food parcels for parents who are struggling."),
        ],
        Schedules:
        [
            Every(TuesdayAndThursday, 10, 0, 12, 0),
            OneOf([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], 9, 30, 12, 30),
            OneOf([DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], 12, 0, 14, 0),
            On(DayOfWeek.Friday, 13, 0, 15, 0),
            On(DayOfWeek.Saturday, 10, 0, 12, 0),
            Every(MondayToThursday, 10, 0, 14, 0),
        ],
        ChargePercent: 60,
        OtherLanguagePercent: 12,
        Related: [NeedCategory.DebtAndBenefits, NeedCategory.BefriendingAndGroups, NeedCategory.Housing],
        Venues: [After(" Methodist Church Hall"), After(" Food Bank Warehouse"), new("Salvation Army Hall, ", "")]);

    private static readonly NeedProfile Housing = new(
        Need: NeedCategory.Housing,
        OrganisationWeight: 5,
        FixedNames:
        [
            new("Rotherham Housing Advice Partnership", "Rotherham town centre", "Rotherham"),
            new("Safe at Home Rotherham", "Moorgate", "Rotherham"),
            new("South Yorkshire Tenants' Voice", "Rawmarsh", "Rotherham and its neighbouring boroughs"),
        ],
        AreaNames: [After(" Housing Advice Centre"), After(" Tenants' and Residents' Association"), After(" Warm Homes Project"), After(" Home Improvement Agency"), After(" Community Housing Trust")],
        Descriptions:
        [
            new("Independent housing advice and support for tenants, homeowners and people without a home in ", "."),
            new("A residents' organisation working for safe, warm and affordable homes across ", "."),
            new("We help people in ", " find, keep and improve their homes."),
        ],
        Services:
        [
            From(16, "Housing Advice Drop-in", 1, "Independent advice on renting, repairs and disrepair, eviction notices and finding somewhere to live."),
            Adults("Tenancy Sustainment Support", 0, "Up to 12 weeks of one-to-one help to settle into and keep your tenancy – budgeting, bills, repairs and dealing with your landlord."),
            Adults("Warm Homes Advice", 2, "Help to keep your home warm for less: energy bills, grants for insulation and boilers, and emergency fuel vouchers."),
            From(16, "Homelessness Prevention Service", 0, "Urgent help if you are at risk of losing your home or sleeping rough, including referrals for emergency accommodation."),
            From(60, "Handyperson Service", 0, "Small repairs and safety adaptations – grab rails, key safes, smoke alarms – for older and disabled people.",
                "Labour is free; you pay only for materials"),
            Ages(16, 25, "Young People's Housing Support", 2, "Support for 16 to 25 year olds to find and keep a home, including supported lodgings."),
        ],
        Schedules:
        [
            Every(Weekdays, 9, 0, 17, 0),
            OneOf(Weekdays, 10, 0, 13, 0),
            On(DayOfWeek.Wednesday, 13, 30, 16, 30),
        ],
        ChargePercent: 50,
        OtherLanguagePercent: 10,
        Related: [NeedCategory.DebtAndBenefits, NeedCategory.Legal],
        Venues: [After(" Housing Office"), After(" Advice Centre")]);

    private static readonly NeedProfile DebtAndBenefits = new(
        Need: NeedCategory.DebtAndBenefits,
        OrganisationWeight: 7,
        FixedNames:
        [
            new("Rotherham Money Advice Centre", "Rotherham town centre", "Rotherham"),
            new("Dearne Debt and Benefits Service", "Wath-upon-Dearne", "the Dearne Valley"),
            new("Rotherham Welfare Rights Partnership", "Clifton", "Rotherham"),
        ],
        AreaNames: [After(" Advice Centre"), After(" Money Matters"), After(" Credit Union"), After(" Community Advice Point"), After(" Debt Advice Project")],
        Descriptions:
        [
            new("Free, independent and confidential advice on money, debt and benefits for people living in ", "."),
            new("A not-for-profit advice service helping households in ", " to maximise their income and get back on top of their bills."),
            new("Advisers and trained volunteers supporting people in ", " through debt, benefit claims and appeals."),
        ],
        Services:
        [
            Adults("Debt Advice", 0, "Free, confidential help to deal with debts, stop the calls and letters, and agree affordable payments or a debt solution."),
            From(16, "Benefits Check and Claims Support", 1, "A full benefits check and help to claim what you are entitled to, including Universal Credit, PIP and Attendance Allowance."),
            From(16, "PIP and Appeals Support", 2, "Help filling in disability benefit forms, preparing for assessments and challenging decisions at mandatory reconsideration and tribunal."),
            From(16, "Money Management Course", 1, "A four-week course on budgeting, saving and avoiding loan sharks, with a free budget planner to take home."),
            Adults("Energy and Water Debt Help", 2, "Advice on energy and water arrears, priority services registers and applying for trust fund grants."),
            From(16, "Affordable Loans and Savings", 0, "Small, fair loans and a savings account from a not-for-profit credit union – an alternative to doorstep lenders.",
                "Loans at a fair, capped rate of interest; saving is free"),
        ],
        Schedules:
        [
            Every(MondayToThursday, 9, 30, 16, 0),
            OneOf(Weekdays, 10, 0, 12, 0),
            Every(TuesdayAndThursday, 13, 0, 16, 0),
        ],
        ChargePercent: 100,
        OtherLanguagePercent: 15,
        Related: [NeedCategory.Food, NeedCategory.Housing, NeedCategory.Legal],
        Venues: [After(" Advice Centre"), After(" Credit Union Office")]);

    private static readonly NeedProfile Legal = new(
        Need: NeedCategory.Legal,
        OrganisationWeight: 3,
        FixedNames:
        [
            new("Rotherham Community Law Centre", "Rotherham town centre", "Rotherham"),
            new("South Yorkshire Legal Advice Clinic", "Rotherham town centre", "Rotherham and South Yorkshire"),
        ],
        AreaNames: [After(" Legal Advice Clinic"), After(" Law Centre Outreach"), After(" Immigration Advice Project"), After(" Family Law Surgery")],
        Descriptions:
        [
            new("Free legal advice for people in ", " who cannot afford a solicitor, from volunteer lawyers and caseworkers."),
            new("A charity giving free advice and representation on housing, work, family and immigration problems in ", "."),
        ],
        Services:
        [
            Adults("Free Legal Advice Clinic", 0, "A free 30-minute appointment with a volunteer solicitor about housing, employment, family or consumer problems."),
            From(16, "Employment Rights Advice", 2, "Advice if you have problems at work: unfair dismissal, unpaid wages, discrimination or sick pay."),
            From(16, "Immigration and Asylum Advice", 1, "Regulated immigration advice, help with EU Settlement Scheme applications and family reunion."),
            Adults("Family Law Surgery", 0, "First advice on separation, arrangements for children and protection from domestic abuse.",
                "First appointment free; any fees agreed in writing before further work"),
            From(16, "Discrimination Advice", 2, "Advice and casework for people treated unfairly because of disability, race, sex, age or another protected characteristic."),
        ],
        Schedules:
        [
            OneOf([DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], 18, 0, 20, 0),
            On(DayOfWeek.Thursday, 10, 0, 13, 0),
            Every(Weekdays, 9, 30, 16, 30),
        ],
        ChargePercent: 40,
        OtherLanguagePercent: 20,
        Related: [NeedCategory.Housing, NeedCategory.DebtAndBenefits],
        Venues: [After(" Law Centre"), After(" Town Hall Annexe")]);

    private static readonly NeedProfile Transport = new(
        Need: NeedCategory.Transport,
        OrganisationWeight: 3,
        FixedNames:
        [
            new("Rotherham Community Transport", "Rotherham town centre", "Rotherham"),
            new("Rother Valley Dial-a-Ride", "Dinnington", "the Rother Valley"),
            new("Dearne Community Cars", "Wath-upon-Dearne", "the Dearne Valley"),
        ],
        AreaNames: [After(" Community Car Scheme"), After(" Dial-a-Ride"), After(" Volunteer Driver Scheme"), After(" Wheels to Work"), After(" Shopmobility")],
        Descriptions:
        [
            new("Accessible, door-to-door community transport for people in ", " who find buses hard to use."),
            new("Volunteer drivers helping people in ", " get to appointments, the shops and their friends."),
        ],
        Services:
        [
            Adults("Door-to-Door Dial-a-Ride", 0, "Accessible minibus transport from your front door for people who find it hard to use buses – shopping, appointments and social visits.",
                "£3 per single journey for members; annual membership £10"),
            Adults("Volunteer Car Scheme", 0, "Volunteer drivers take you to GP, hospital and dental appointments and bring you home again.",
                "45p a mile, paid to the driver"),
            From(50, "Community Minibus Shopping Trips", 1, "Weekly minibus trips to the supermarket and market, with help carrying your shopping.",
                "£4 return"),
            From(16, "Wheels to Work Scooter Loan", 0, "Loan of a moped or e-bike to get to work, training or interviews where public transport doesn't reach.",
                "£10 a week, including insurance and helmet"),
            From(16, "Shopmobility", 3, "Hire of mobility scooters and wheelchairs to get around the town centre.",
                "£2 a day for scooter hire"),
            From(14, "Travel Training", 1, "One-to-one support to build the confidence to use buses and trains on your own."),
        ],
        Schedules:
        [
            Every(Weekdays, 8, 30, 16, 30),
            OneOf(Weekdays, 9, 30, 14, 0),
            On(DayOfWeek.Saturday, 9, 0, 13, 0),
            Every(MondayToSaturday, 9, 30, 16, 0),
        ],
        ChargePercent: 75,
        OtherLanguagePercent: 5,
        Related: [NeedCategory.BefriendingAndGroups, NeedCategory.JobTraining],
        Venues: [After(" Transport Depot"), After(" Community Transport Base")]);
}
