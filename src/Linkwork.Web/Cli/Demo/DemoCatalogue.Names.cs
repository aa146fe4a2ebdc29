using System.Collections.Immutable;

namespace Linkwork.Web.Cli.Demo;

public static partial class DemoCatalogue
{
    // British given names follow birth cohorts: a Doreen of 25 or a Chloe of 80 would give the demo away.
    private static readonly DemoNamePool BritishBornBefore1960 = Pool(
        "Margaret, Patricia, Susan, Christine, Barbara, Jean, Brenda, Doreen, Pauline, Sandra, Carol, Janet, Linda, Maureen, Kathleen, Joan, Shirley, Irene, Dorothy, Valerie, Sheila, Eileen, Marion, Ann, Elizabeth, Mary, Gillian, Jennifer",
        "John, David, Michael, Peter, Brian, Alan, Keith, Terence, Barry, Colin, Derek, Kenneth, Malcolm, Roy, Trevor, Geoffrey, Dennis, Raymond, Ronald, Graham, Anthony, Robert, William, George, Frank, Eric, Harold, Norman, Bernard",
        BritishFamilyNames);

    private static readonly DemoNamePool British1960To1984 = Pool(
        "Julie, Karen, Tracey, Joanne, Deborah, Lisa, Michelle, Nicola, Claire, Sarah, Helen, Amanda, Dawn, Angela, Donna, Kelly, Samantha, Louise, Rachel, Emma, Wendy, Alison, Kerry, Jacqueline, Andrea, Lorraine, Caroline",
        "Paul, Mark, Andrew, Stephen, Ian, Gary, Kevin, Darren, Craig, Lee, Wayne, Dean, Shaun, Richard, Neil, Simon, Jason, Martin, Carl, Christopher, Steven, Jonathan, Matthew, Scott, Glen, Philip, Stuart",
        BritishFamilyNames);

    private static readonly DemoNamePool BritishSince1985 = Pool(
        "Emma, Jessica, Hannah, Chloe, Lauren, Sophie, Amy, Gemma, Stacey, Rebecca, Laura, Charlotte, Katie, Natalie, Jade, Megan, Bethany, Holly, Leanne, Danielle, Abbie, Ellie, Georgia, Olivia, Courtney, Shannon, Jodie, Kayleigh",
        "Daniel, Matthew, James, Thomas, Ryan, Liam, Jordan, Adam, Luke, Joshua, Jack, Callum, Connor, Bradley, Nathan, Jake, Kieran, Lewis, Sam, Aaron, Ben, Jamie, Reece, Tyler, Kyle, Harry, Joe, Dale",
        BritishFamilyNames);

    // South Yorkshire surnames alongside the national commonest ones.
    private const string BritishFamilyNames =
        "Smith, Jones, Taylor, Brown, Wilson, Johnson, Walker, Wright, Robinson, Thompson, White, Hughes, Edwards, Green, Hall, Wood, Harris, Lewis, Martin, Jackson, Clarke, Turner, Hill, Scott, Cooper, Morris, Ward, Moore, King, Watson, Baker, Harrison, Young, Allen, Mitchell, Bell, Parker, Davies, Shaw, Bailey, Marshall, Ellis, Simpson, Holmes, Mellor, Booth, Haigh, Hague, Beever, Crookes, Hinchliffe, Barraclough, Sykes, Hirst, Oldfield, Wragg, Greaves, Hobson, Fretwell, Staniforth, Dyson, Bramall, Schofield, Ackroyd, Sanderson, Atkinson, Froggatt, Gregory, Hardy, Hawley, Jessop, Lodge, Nuttall, Platts, Revill, Stringer, Swift, Thorpe, Whitehead, Birch, Cutts, Pashley, Outram, Wainwright, Foster, Hudson";

    private static readonly DemoNamePool Irish = Pool(
        "Siobhan, Aoife, Niamh, Bridget, Mary, Catherine, Sinead, Orla",
        "Sean, Patrick, Michael, Declan, Liam, Ciaran, Brendan, Kieran",
        "Murphy, Kelly, O'Brien, Byrne, Ryan, O'Connor, Walsh, Doyle, McCarthy, Gallagher, Quinn, Brennan");

    private static readonly DemoNamePool Traveller = Pool(
        "Mary, Bridget, Margaret, Kathleen, Elizabeth, Shannon, Chelsea, Rose",
        "John, Patrick, Michael, Thomas, Martin, Johnny, Jimmy, Billy",
        "Price, Lee, Smith, Boswell, Lovell, Doherty, McDonagh, Ward, Connors, Stokes");

    private static readonly DemoNamePool Pakistani = Pool(
        "Aisha, Fatima, Sadia, Nasreen, Shazia, Samina, Rukhsana, Parveen, Ayesha, Zainab, Hina, Saima, Bushra, Nazia, Amina, Maryam, Khadija, Nabila, Shabana, Tahira",
        "Mohammed, Muhammad, Imran, Tariq, Asif, Shahid, Zafar, Arshad, Nadeem, Khalid, Abdul, Amjad, Faisal, Usman, Bilal, Hamza, Adeel, Waseem, Zahid, Naveed",
        "Khan, Hussain, Ali, Ahmed, Akhtar, Iqbal, Mahmood, Rashid, Shah, Riaz, Aslam, Sadiq, Javed, Butt, Malik, Hanif, Mirza, Bashir, Nawaz, Rehman");

    // Sikh women usually carry Kaur where men carry Singh.
    private static readonly DemoNamePool Indian = Pool(
        "Priya, Anita, Sunita, Harpreet, Gurpreet, Manjit, Neha, Pooja, Kiran, Rupinder",
        "Rajesh, Sanjay, Harjit, Amarjit, Sukhdev, Vijay, Anil, Rakesh, Jaswinder, Arjun",
        "Patel, Sharma, Singh|Kaur, Gill, Sandhu, Kumar, Mistry, Dhillon, Bains, Chauhan");

    private static readonly DemoNamePool Bangladeshi = Pool(
        "Nusrat, Rahima, Shirin, Taslima, Farzana, Salma, Jahanara, Runa",
        "Abdul, Mohammed, Shahid, Jamal, Rafiq, Mizanur, Anwar, Kamal",
        "Rahman, Miah|Begum, Uddin, Islam, Hoque, Ahmed, Chowdhury");

    private static readonly DemoNamePool Chinese = Pool(
        "Mei, Li Na, Xiaoling, Hui, Yan, Jing, Ling, Wing",
        "Wei, Jun, Hao, Ming, Jian, Chun, Kwok, Tao",
        "Wong, Chen, Li, Zhang, Liu, Chan, Lam, Cheung, Wang, Yang");

    private static readonly DemoNamePool OtherAsian = Pool(
        "Maria, Grace, Shreya, Nilufar, Anjali, Tharsini, Marisol, Sabina",
        "Jose, Ahmad, Suresh, Bikram, Farid, Prakash, Mark, Nimal",
        "Santos, Reyes, Ahmadzai, Perera, Gurung, Karimi, Thapa, Fernando, Cruz, Rai");

    private static readonly DemoNamePool African = Pool(
        "Ngozi, Chiamaka, Abena, Grace, Blessing, Amina, Faith, Hodan, Ruth, Tendai",
        "Chidi, Oluwaseun, Emeka, Kwame, Samuel, Abdi, Tinashe, Kofi, Daniel, Yusuf",
        "Okafor, Adeyemi, Mensah, Osei, Abdi, Hassan, Moyo, Okonkwo, Nwosu, Asante, Mohamed, Ndlovu");

    private static readonly DemoNamePool Caribbean = Pool(
        "Marcia, Beverley, Sonia, Yvonne, Paulette, Jasmine, Shanice, Keisha",
        "Winston, Delroy, Errol, Leroy, Marcus, Tyrone, Andre, Devon",
        "Campbell, Brown, Williams, Thomas, Francis, Grant, Robinson, Clarke, Henry, Morgan");

    // Slovak and Czech Roma families are a large part of Eastwood's community.
    private static readonly DemoNamePool Roma = Pool(
        "Monika, Zuzana, Mária, Renáta, Silvia, Jana, Veronika, Denisa",
        "Ladislav, Jozef, Milan, Marek, Roman, Dušan, František, Tibor",
        "Horváth|Horváthová, Gažo|Gažová, Lacko|Lacková, Balog|Balogová, Oláh|Oláhová, Daniel|Danielová, Ferko|Ferková, Pompa|Pompová, Žiga|Žigová");

    private static readonly DemoNamePool Polish = Pool(
        "Agnieszka, Katarzyna, Magdalena, Anna, Joanna, Monika, Ewa, Natalia",
        "Tomasz, Piotr, Łukasz, Krzysztof, Paweł, Michał, Marcin, Jakub",
        "Nowak, Kowalski|Kowalska, Wiśniewski|Wiśniewska, Wójcik, Kamiński|Kamińska, Lewandowski|Lewandowska, Zieliński|Zielińska, Szymański|Szymańska");

    private static readonly DemoNamePool Romanian = Pool(
        "Ioana, Elena, Andreea, Maria, Alexandra, Mihaela, Gabriela, Cristina",
        "Ion, Andrei, Mihai, Florin, Alexandru, Gheorghe, Constantin, Adrian",
        "Popescu, Ionescu, Popa, Stan, Dumitru, Munteanu, Constantin, Stoica");

    private static readonly DemoNamePool Arab = Pool(
        "Layla, Nour, Fatima, Mariam, Huda, Rania, Yasmin, Salma",
        "Omar, Ahmed, Mohammed, Yusuf, Khalid, Ali, Hassan, Mustafa",
        "Hassan, Ali, Abdullah, Ibrahim, Saleh, Mahmoud, Kareem, Aziz, Nasser, Haddad, Youssef");

    private static readonly DemoNamePool Kurdish = Pool(
        "Shilan, Rozhin, Hana, Shirin, Nazdar, Berivan, Zara, Parisa",
        "Karwan, Rebwar, Hawre, Dilshad, Aram, Sherzad, Kawa, Reza",
        "Ahmadi, Mohammadi, Karimi, Rahimi, Aziz, Mustafa, Othman, Kareem, Hosseini, Rasul");

    public static DemoNamePool NamesFor(NameOrigin origin, int birthYear) => origin switch
    {
        NameOrigin.British => birthYear < 1960 ? BritishBornBefore1960 : birthYear < 1985 ? British1960To1984 : BritishSince1985,
        NameOrigin.Irish => Irish,
        NameOrigin.Traveller => Traveller,
        NameOrigin.Pakistani => Pakistani,
        NameOrigin.Indian => Indian,
        NameOrigin.Bangladeshi => Bangladeshi,
        NameOrigin.Chinese => Chinese,
        NameOrigin.OtherAsian => OtherAsian,
        NameOrigin.African => African,
        NameOrigin.Caribbean => Caribbean,
        NameOrigin.Roma => Roma,
        NameOrigin.Polish => Polish,
        NameOrigin.Romanian => Romanian,
        NameOrigin.Arab => Arab,
        NameOrigin.Kurdish => Kurdish,
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    /// <summary>Builds a pool from comma-separated lists; "Male|Female" marks a surname with a feminine form.</summary>
    private static DemoNamePool Pool(string female, string male, string family)
    {
        var families = Split(family);
        var plainForms = families.Select(f => f.Split('|')[0]).ToImmutableArray();
        var femaleForms = families.Select(f => f.Split('|')[^1]).ToImmutableArray();
        return new DemoNamePool(Split(female), Split(male), plainForms, femaleForms);
    }

    private static ImmutableArray<string> Split(string list) =>
        [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
