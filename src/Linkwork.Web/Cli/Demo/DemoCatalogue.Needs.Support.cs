using Linkwork.Domain.Directory;

namespace Linkwork.Web.Cli.Demo;

// Support for wellbeing and independence: company, mental health, getting online, carers and work.
public static partial class DemoCatalogue
{
    private static readonly NeedProfile BefriendingAndGroups = new(
        Need: NeedCategory.BefriendingAndGroups,
        OrganisationWeight: 12,
        FixedNames:
        [
            new("Rotherham Befriending Network", "Rotherham town centre", "Rotherham"),
            new("Age Well Rotherham", "Moorgate", "Rotherham"),
            new("Dearne Valley Men's Shed", "Swinton", "the Dearne Valley"),
            new("Rotherham Multicultural Friendship Group", "Eastwood", "Rotherham"),
        ],
        AreaNames: [After(" Men's Shed"), After(" Lunch Club"), After(" Friendship Group"), After(" Over 50s Club"), After(" Good Companions"), After(" Community Association")],
        Descriptions:
        [
            new("Tackling loneliness and isolation in ", " through befriending, clubs and a warm welcome."),
            new("A community group run by and for local people in ", ", bringing neighbours together."),
            new("Friendly groups and one-to-one befriending for older and isolated people in ", "."),
        ],
        Services:
        [
            Adults("Telephone Befriending", 3, "A regular friendly phone call from a trained volunteer for people who feel lonely or cut off."),
            From(50, "Home Visiting Befriending", 3, "A volunteer befriender visits you at home every week for a chat, a cuppa or a trip out."),
            Adults("Men's Shed", 2, "A community workshop where people share skills, make things and chat over woodwork, repairs and tea.",
                "£2 a session towards materials"),
            From(55, "Lunch Club", 1, "A hot two-course lunch, bingo and good company for older people. Transport can be arranged.",
                "£4.50 for a two-course lunch"),
            From(16, "Coffee Morning", 0, "A relaxed, drop-in coffee morning – come and meet your neighbours.",
                "£1 for tea, coffee and cake"),
            From(16, "Women's Friendship Group", 0, "A social group for women of all backgrounds – crafts, cooking, trips out and conversation."),
            Adults("Memory Café", 4, "A welcoming café for people living with dementia and their families, with activities and advice."),
        ],
        Schedules:
        [
            OneOf(Weekdays, 10, 0, 12, 0),
            OneOf([DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], 11, 30, 14, 0),
            Every([DayOfWeek.Monday, DayOfWeek.Thursday], 9, 30, 15, 30),
            Every(Weekdays, 10, 0, 16, 0),
            OneOf(Weekdays, 13, 30, 15, 30),
        ],
        ChargePercent: 50,
        OtherLanguagePercent: 15,
        Related: [NeedCategory.Arts, NeedCategory.MentalHealthCounselling, NeedCategory.Carers],
        Venues: []);

    private static readonly NeedProfile MentalHealthCounselling = new(
        Need: NeedCategory.MentalHealthCounselling,
        OrganisationWeight: 9,
        FixedNames:
        [
            new("Rotherham Talking Space", "Rotherham town centre", "Rotherham"),
            new("Rotherham Wellbeing Collective", "Moorgate", "Rotherham"),
            new("Dearne Valley Counselling Service", "Wath-upon-Dearne", "the Dearne Valley"),
            new("Rother Valley Listening Service", "Dinnington", "the Rother Valley"),
        ],
        AreaNames: [After(" Counselling Centre"), After(" Wellbeing Hub"), After(" Peer Support Network"), After(" Talking Therapies Outreach"), After(" Recovery College")],
        Descriptions:
        [
            new("Affordable counselling and emotional support for adults and young people in ", "."),
            new("A mental health charity offering talking therapies, peer support and courses in ", "."),
            new("Trained counsellors and peer supporters helping people in ", " through difficult times."),
        ],
        Services:
        [
            Adults("One-to-One Counselling", 0, "Up to 12 sessions of confidential counselling with a qualified counsellor for anxiety, depression, stress and life changes.",
                "Pay what you can, from £5 a session"),
            From(16, "Bereavement Support", 0, "One-to-one and group support for anyone affected by the death of someone close."),
            Adults("Peer Support Group", 2, "A safe space to share experiences of mental ill health with others who understand, run by people with lived experience."),
            Adults("Anxiety Management Course", 3, "A six-week course teaching practical techniques to manage worry, panic and low mood."),
            Adults("Men's Mental Health Group", 2, "A relaxed group for men to talk – or not – over a brew and an activity."),
            Ages(11, 25, "Young People's Counselling", 1, "Free, confidential counselling for young people aged 11 to 25."),
            Adults("Recovery College Courses", 3, "Free short courses on understanding and managing your mental health, written with people in recovery."),
        ],
        Schedules:
        [
            Every(Weekdays, 9, 0, 17, 0),
            Every(TuesdayAndThursday, 17, 0, 20, 0),
            OneOf(MondayToThursday, 18, 0, 20, 0),
            OneOf(Weekdays, 10, 0, 12, 0),
        ],
        ChargePercent: 40,
        OtherLanguagePercent: 12,
        Related: [NeedCategory.BefriendingAndGroups, NeedCategory.Arts, NeedCategory.Carers],
        Venues: [After(" Wellbeing Centre"), After(" Counselling Rooms")]);

    private static readonly NeedProfile DigitalInclusion = new(
        Need: NeedCategory.DigitalInclusion,
        OrganisationWeight: 5,
        FixedNames:
        [
            new("Rotherham Digital Champions", "Rotherham town centre", "Rotherham"),
            new("Get Online Rotherham", "Rawmarsh", "Rotherham"),
        ],
        AreaNames: [After(" Digital Hub"), After(" Computer Club"), After(" Tech Help Café"), After(" Get Online Centre")],
        Descriptions:
        [
            new("Helping people in ", " get online safely and confidently, with patient one-to-one support."),
            new("Volunteer digital champions in ", " helping with phones, tablets, computers and online forms."),
        ],
        Services:
        [
            From(16, "Digital Drop-in", 0, "Bring your phone, tablet or laptop and get patient help with anything from email to video calls."),
            From(16, "Online Health Services Help", 1, "Help setting up the NHS App, ordering repeat prescriptions and booking GP appointments online."),
            From(16, "Beginners' Computer Course", 1, "A six-week course for complete beginners: using a computer, staying safe and shopping online."),
            From(16, "Device Lending and Free Data", 0, "Loan of a refurbished tablet or laptop and a free SIM with data for people who cannot afford to get online.",
                "£10 deposit, returned when you bring the device back"),
            Adults("Universal Credit Online Support", 0, "Help to create and manage your Universal Credit online account and journal."),
        ],
        Schedules:
        [
            OneOf(Weekdays, 10, 0, 12, 0),
            On(DayOfWeek.Thursday, 13, 30, 15, 30),
        ],
        ChargePercent: 50,
        OtherLanguagePercent: 10,
        Related: [NeedCategory.JobTraining, NeedCategory.DebtAndBenefits],
        Venues: [After(" Library"), After(" Learning Centre")]);

    private static readonly NeedProfile Carers = new(
        Need: NeedCategory.Carers,
        OrganisationWeight: 5,
        FixedNames:
        [
            new("Rotherham Carers' Hub", "Rotherham town centre", "Rotherham"),
            new("Dearne Valley Carers' Network", "Wath-upon-Dearne", "the Dearne Valley"),
        ],
        AreaNames: [After(" Carers' Group"), After(" Carers' Café"), After(" Young Carers Project"), After(" Carers' Support Service")],
        Descriptions:
        [
            new("Information, advice and breaks for unpaid carers of all ages in ", "."),
            new("Carers supporting carers: a friendly peer group for people looking after someone in ", "."),
        ],
        Services:
        [
            From(16, "Carers' Assessment and Advice", 1, "Information, advice and help to get a carer's assessment, Carer's Allowance and breaks from caring."),
            From(16, "Carers' Café", 0, "A relaxed get-together for unpaid carers – a break, a brew and support from people who understand."),
            Ages(8, 17, "Young Carers Club", 2, "Fun activities, days out and someone to talk to for children who look after a family member."),
            Adults("Carers' Emergency Plan", 1, "Help to make a plan so the person you care for is looked after if something happens to you."),
            Adults("Sitting Service", 1, "A trained volunteer sits with the person you care for so you can have a few hours to yourself.",
                "£8 an hour after the first four free hours"),
            Adults("Dementia Carers' Support Group", 3, "Practical tips and understanding for people caring for someone living with dementia."),
        ],
        Schedules:
        [
            OneOf(Weekdays, 10, 0, 12, 0),
            Every(Weekdays, 9, 0, 16, 30),
            On(DayOfWeek.Saturday, 10, 0, 13, 0),
            On(DayOfWeek.Tuesday, 18, 0, 20, 0),
        ],
        ChargePercent: 50,
        OtherLanguagePercent: 10,
        Related: [NeedCategory.BefriendingAndGroups, NeedCategory.MentalHealthCounselling],
        Venues: [After(" Carers' Centre")]);

    private static readonly NeedProfile JobTraining = new(
        Need: NeedCategory.JobTraining,
        OrganisationWeight: 6,
        FixedNames:
        [
            new("Rotherham Skills and Employment Partnership", "Rotherham town centre", "Rotherham"),
            new("Dearne Valley Works", "Wath-upon-Dearne", "the Dearne Valley"),
            new("Rotherham Adult Learning Collective", "Eastwood", "Rotherham"),
        ],
        AreaNames: [After(" Job Club"), After(" Skills Centre"), After(" Employment Hub"), After(" Community Learning Centre")],
        Descriptions:
        [
            new("Free training, adult learning and employment support for people in ", "."),
            new("Helping people in ", " into work, training and volunteering, one step at a time."),
        ],
        Services:
        [
            From(16, "Job Club", 1, "Help with CVs, applications and interview practice, with computers and printing available."),
            From(16, "English for Speakers of Other Languages", 2, "English classes from beginner to advanced, with a crèche at some venues.",
                "£2 a class; free if you receive benefits"),
            Ages(18, 66, "Employment Support for Health Conditions", 0, "One-to-one support to find and keep work if you have a health condition or disability."),
            From(19, "Maths and English Skills", 2, "Friendly, informal classes to brush up your reading, writing and maths – leading to a qualification if you want one."),
            Adults("Construction Skills Card Course", 0, "Gain your construction skills card and health and safety qualification for work on building sites.",
                "£45 for the test; funding available"),
            Adults("Confidence and Motivation Course", 1, "A short course to rebuild confidence, set goals and plan your next steps towards work or training."),
            Adults("Self-Employment Start-up Support", 1, "Advice and workshops for people thinking about starting their own business."),
        ],
        Schedules:
        [
            Every(MondayToThursday, 9, 30, 15, 0),
            OneOf(Weekdays, 10, 0, 12, 0),
            Every(TuesdayAndThursday, 9, 30, 14, 30),
        ],
        ChargePercent: 40,
        OtherLanguagePercent: 15,
        Related: [NeedCategory.DigitalInclusion, NeedCategory.Volunteering],
        Venues: [After(" Learning Centre"), After(" Jobs Hub")]);
}
