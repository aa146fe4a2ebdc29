using Linkwork.Domain.Directory;

namespace Linkwork.Web.Cli.Demo;

// Getting active and getting involved: exercise, walking, the arts, green spaces and volunteering.
public static partial class DemoCatalogue
{
    private static readonly NeedProfile Exercise = new(
        Need: NeedCategory.Exercise,
        OrganisationWeight: 9,
        FixedNames:
        [
            new("Rotherham Active Communities", "Herringthorpe", "Rotherham"),
            new("Get Moving Rotherham", "Rotherham town centre", "Rotherham"),
            new("Dearne Valley Community Sport", "Wath-upon-Dearne", "the Dearne Valley"),
        ],
        AreaNames: [After(" Community Sports Club"), After(" Active Lives"), After(" Strength and Balance Project"), After(" Community Boxing Club"), After(" Move More Group")],
        Descriptions:
        [
            new("A community sports charity helping people of every age and ability in ", " to get more active."),
            new("Friendly, low-cost exercise classes in ", " for people who would never set foot in a gym."),
            new("Qualified instructors and volunteers running physical activity for health across ", "."),
        ],
        Services:
        [
            From(50, "Chair-Based Exercise", 0, "Gentle seated exercise to music to improve strength, flexibility and confidence – ideal if you have limited mobility.",
                "£2 a session"),
            From(60, "Strength and Balance Classes", 2, "A 12-week evidence-based falls prevention programme led by a qualified instructor.",
                "£2.50 a session"),
            From(40, "Walking Football", 1, "Football at walking pace for men and women of all fitness levels – no running, no heading, lots of laughs.",
                "£3 a session"),
            From(16, "Gentle Yoga", 0, "Relaxed yoga for beginners, with chairs available, to ease stiffness and help you unwind.",
                "£4 a class; your first class is free"),
            From(16, "Couch to 5K Running Group", 1, "A friendly beginners' running group that takes you from the sofa to running five kilometres in nine weeks."),
            From(16, "Exercise on Referral", 4, "A 12-week supervised gym and swim programme for people with long-term health conditions.",
                "£2.50 a session for 12 weeks"),
            From(16, "Women-Only Swim and Fitness", 5, "Swimming and fitness sessions for women with female staff, in a relaxed and private setting.",
                "£3.50 a session"),
            From(16, "Boxing Fitness", 1, "Non-contact boxing fitness for adults – good for stress, stamina and confidence.",
                "£3 a session"),
        ],
        Schedules:
        [
            OneOf(Weekdays, 10, 30, 11, 30),
            Every(TuesdayAndThursday, 18, 0, 19, 0),
            On(DayOfWeek.Wednesday, 13, 30, 14, 30),
            On(DayOfWeek.Saturday, 9, 0, 10, 0),
            Every(Weekdays, 9, 0, 20, 0),
            OneOf([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], 19, 0, 20, 30),
        ],
        ChargePercent: 55,
        OtherLanguagePercent: 8,
        Related: [NeedCategory.Walking, NeedCategory.MentalHealthCounselling],
        Venues: [After(" Leisure Centre"), After(" Sports Hall"), After(" Community Sports Pavilion")]);

    private static readonly NeedProfile Walking = new(
        Need: NeedCategory.Walking,
        OrganisationWeight: 6,
        FixedNames:
        [
            new("Dearne Valley Walking for Health", "Wath-upon-Dearne", "the Dearne Valley"),
            new("Rotherham Health Walks Network", "Rotherham town centre", "Rotherham"),
            new("Rother Valley Wellbeing Walkers", "Wales", "the Rother Valley"),
        ],
        AreaNames: [After(" Health Walks"), After(" Walking Group"), new("Friends of ", " Park"), After(" Nordic Walking Club"), After(" Striders")],
        Descriptions:
        [
            new("Volunteer walk leaders running free, friendly health walks around ", "."),
            new("A walking group for people in ", " who want to get out, get fitter and meet people."),
        ],
        Services:
        [
            From(16, "Walking for Health", 0, "Free, friendly led walks of 30 to 60 minutes on flat paths, finishing with a cuppa – the easiest way to get more active."),
            Adults("Nordic Walking", 1, "Walking with poles for a full-body workout; poles provided and technique taught by a qualified instructor.",
                "£2 a walk towards pole hire"),
            From(16, "Buggy Walks for Parents", 3, "Pram-friendly walks for parents and carers with babies and toddlers."),
            Adults("Countryside Rambles", 2, "Longer walks of five to eight miles exploring the footpaths and country parks around Rotherham."),
            Adults("Wellbeing Walk and Talk", 0, "A slow-paced walk with time to talk, for people feeling low, anxious or isolated."),
            Adults("Dementia-Friendly Walks", 3, "Short, gentle walks for people living with dementia and the people who care for them."),
        ],
        Schedules:
        [
            OneOf(Weekdays, 10, 0, 11, 30),
            On(DayOfWeek.Saturday, 10, 0, 12, 0),
            On(DayOfWeek.Sunday, 10, 30, 12, 30),
            OneOf(TuesdayAndThursday, 13, 30, 14, 30),
        ],
        ChargePercent: 50,
        OtherLanguagePercent: 5,
        Related: [NeedCategory.Exercise, NeedCategory.NatureAndGardening, NeedCategory.BefriendingAndGroups],
        Venues: [After(" Park Main Gates"), After(" Country Park Car Park"), After(" Library (meeting point)")]);

    private static readonly NeedProfile Arts = new(
        Need: NeedCategory.Arts,
        OrganisationWeight: 8,
        FixedNames:
        [
            new("Rotherham Creative Wellbeing", "Rotherham town centre", "Rotherham"),
            new("Clifton Park Arts Collective", "Clifton", "Clifton and the town centre"),
            new("Dearne Valley Community Arts", "Swinton", "the Dearne Valley"),
        ],
        AreaNames: [After(" Community Arts"), After(" Arts and Crafts Club"), After(" Community Choir"), After(" Creative Minds"), After(" Knit and Natter")],
        Descriptions:
        [
            new("A community arts organisation using creativity to improve health and wellbeing in ", "."),
            new("Artists and volunteers running friendly creative groups for adults in ", " – no experience needed."),
        ],
        Services:
        [
            Adults("Arts on Prescription", 0, "A ten-week creative course – painting, printmaking and collage – for people whose health is affected by stress, anxiety or low mood."),
            From(16, "Community Choir", 2, "A welcoming choir for anyone who loves to sing – no auditions and no need to read music.",
                "£3 a session including tea and biscuits"),
            From(16, "Knit and Natter", 1, "Bring your knitting or crochet, or learn from scratch – wool and needles provided.",
                "£1 for tea and biscuits"),
            From(16, "Creative Writing Group", 2, "Share stories, poems and memories in a supportive writing group."),
            From(16, "Pottery and Clay Workshop", 0, "Hands-on clay sessions – make something to take home while meeting new people.",
                "£5 a session towards clay and firing"),
            Adults("Singing for Lung Health", 1, "Singing sessions designed to help people with COPD and other lung conditions breathe more easily."),
            From(16, "Photography Walks", 3, "Learn to take better photos with your phone while exploring the local area."),
        ],
        Schedules:
        [
            OneOf(Weekdays, 13, 0, 15, 0),
            On(DayOfWeek.Monday, 10, 0, 12, 0),
            On(DayOfWeek.Wednesday, 18, 30, 20, 30),
            On(DayOfWeek.Saturday, 10, 0, 12, 0),
        ],
        ChargePercent: 50,
        OtherLanguagePercent: 8,
        Related: [NeedCategory.BefriendingAndGroups, NeedCategory.MentalHealthCounselling],
        Venues: [After(" Arts Centre"), After(" Studio")]);

    private static readonly NeedProfile NatureAndGardening = new(
        Need: NeedCategory.NatureAndGardening,
        OrganisationWeight: 6,
        FixedNames:
        [
            new("Rotherham Green Spaces Trust", "Broom", "Rotherham"),
            new("Rother Valley Growing Together", "Dinnington", "the Rother Valley"),
            new("Dearne Valley Green Health", "Brampton Bierlow", "the Dearne Valley"),
        ],
        AreaNames: [After(" Community Garden"), After(" Allotment Society"), After(" Conservation Volunteers"), After(" Green Gym"), After(" Growing Project")],
        Descriptions:
        [
            new("A community growing and conservation project looking after green spaces in and around ", "."),
            new("Volunteers and gardeners using nature to improve health and bring people together in ", "."),
        ],
        Services:
        [
            From(16, "Therapeutic Gardening", 2, "Grow fruit, vegetables and flowers in a calm, supportive space with trained horticultural therapists."),
            From(16, "Green Gym", 0, "Get fit outdoors doing practical conservation work – tree planting, path clearing and hedge laying. Tools and gloves provided."),
            From(16, "Community Allotment", 1, "Share a plot with others, learn to grow your own and take home fresh produce.",
                "£10 a year for a share of the plot"),
            From(0, "Wildlife and Nature Walks", 1, "Guided walks to spot birds, bugs and wildflowers in local woods and wetlands."),
            Adults("Mindfulness in Nature", 0, "Slow, mindful time among the trees to ease stress and lift your mood."),
            From(16, "Bee and Pollinator Project", 2, "Help look after beehives and wildflower meadows while learning about pollinators."),
        ],
        Schedules:
        [
            OneOf(Weekdays, 10, 0, 14, 0),
            On(DayOfWeek.Saturday, 10, 0, 13, 0),
            Every([DayOfWeek.Tuesday, DayOfWeek.Friday], 9, 30, 12, 30),
        ],
        ChargePercent: 40,
        OtherLanguagePercent: 5,
        Related: [NeedCategory.Walking, NeedCategory.Volunteering, NeedCategory.MentalHealthCounselling],
        Venues: [After(" Community Garden"), After(" Allotments"), After(" Woods Car Park")]);

    private static readonly NeedProfile Volunteering = new(
        Need: NeedCategory.Volunteering,
        OrganisationWeight: 5,
        FixedNames:
        [
            new("Rotherham Volunteer Centre", "Rotherham town centre", "Rotherham"),
            new("Dearne Valley Volunteers", "Swinton", "the Dearne Valley"),
        ],
        AreaNames: [After(" Volunteer Network"), After(" Good Neighbours"), After(" Community Action"), After(" Volunteer Hub")],
        Descriptions:
        [
            new("Connecting people in ", " with volunteering that suits them, and supporting the groups that need volunteers."),
            new("A neighbourly network of volunteers helping each other out across ", "."),
        ],
        Services:
        [
            From(16, "Volunteer Matching", 0, "Find a volunteering role that suits you – we match your interests and time with local opportunities."),
            From(16, "Supported Volunteering", 1, "One-to-one support to start volunteering if you have a disability or a mental health condition, or have been out of work for a while."),
            Adults("Good Neighbours Scheme", 0, "Volunteer to help older neighbours with shopping, prescriptions, small jobs and a friendly chat."),
            From(8, "Community Clean-up Team", 2, "Join regular litter picks and clean-ups to make your neighbourhood cleaner and greener."),
            From(14, "Charity Shop Volunteering", 3, "Gain retail experience and meet people by volunteering in a local charity shop."),
            Ages(21, 85, "Volunteer Drivers", 0, "Use your car to help people get to appointments; mileage expenses paid."),
        ],
        Schedules:
        [
            Every(Weekdays, 9, 0, 17, 0),
            OneOf(Weekdays, 10, 0, 12, 0),
            On(DayOfWeek.Saturday, 10, 0, 12, 0),
            Every(MondayToSaturday, 9, 30, 16, 30),
        ],
        ChargePercent: 0,
        OtherLanguagePercent: 5,
        Related: [NeedCategory.NatureAndGardening, NeedCategory.JobTraining, NeedCategory.BefriendingAndGroups],
        Venues: [After(" Volunteer Centre"), After(" Charity Shop")]);
}
