#include "simpeople.h"

namespace SimPeople {

namespace {

const char *const MaleFirst[] = {
    "Jan",     "Piet",    "Kees",  "Henk",    "Gerrit",  "Willem",  "Johan",  "Erik",
    "Mark",    "Thomas",  "Daan",  "Sem",     "Lucas",   "Bram",    "Ruben",  "Joost",
    "Martijn", "Bas",     "Tim",   "Niels",   "Sander",  "Jeroen",  "Wouter", "Mohamed",
    "Youssef", "Emre",    "Kevin", "Rik",     "Stefan",  "Dennis",  "Jasper", "Koen",
    "Thijs",   "Maarten", "Frank", "Hans",    "Rob",     "Arjen",   "Gijs",   "Milan",
    "Jesse",   "Luuk",    "Stijn", "Vincent", "Patrick", "Ricardo", "Mehmet", "Bilal",
    "Wim",     "Ton",     "Ad",    "Marco",   "Richard", "Pim",     "Joris",  "Hidde",
};
const char *const FemaleFirst[] = {
    "Anne",    "Linda",   "Sanne",  "Lisa",  "Emma",     "Julia",   "Sophie",  "Femke",
    "Ingrid",  "Marieke", "Esther", "Petra", "Annelies", "Monique", "Yvonne",  "Fleur",
    "Noor",    "Lotte",   "Iris",   "Eva",   "Fatima",   "Yasmina", "Hanneke", "Wilma",
    "Ria",     "Joke",    "Els",    "Karin", "Mirjam",   "Ilse",    "Roos",    "Saskia",
    "Marloes", "Inge",    "Anouk",  "Manon", "Nicole",   "Kim",     "Naima",   "Elif",
    "Mieke",   "Tineke",  "Gerda",  "Anita", "Maaike",   "Jolanda", "Bianca",  "Chantal",
};
// {prefix, last name}
const char *const Surnames[][2] = {
    {"de", "Vries"},        {"", "Jansen"},       {"van den", "Berg"},   {"", "Bakker"},
    {"", "Visser"},         {"", "Smit"},         {"", "Meijer"},        {"de", "Boer"},
    {"", "Mulder"},         {"de", "Groot"},      {"", "Bos"},           {"", "Vos"},
    {"", "Peters"},         {"", "Hendriks"},     {"van", "Leeuwen"},    {"", "Dekker"},
    {"", "Brouwer"},        {"de", "Wit"},        {"", "Dijkstra"},      {"", "Smits"},
    {"de", "Graaf"},        {"van der", "Meer"},  {"van der", "Linden"}, {"", "Kok"},
    {"", "Jacobs"},         {"de", "Haan"},       {"", "Vermeulen"},     {"van den", "Heuvel"},
    {"van der", "Veen"},    {"van den", "Broek"}, {"de", "Bruijn"},      {"de", "Jong"},
    {"", "Janssen"},        {"van", "Dijk"},      {"", "Schouten"},      {"van", "Beek"},
    {"", "Willems"},        {"van", "Vliet"},     {"van de", "Ven"},     {"", "Hoekstra"},
    {"", "Maas"},           {"", "Verhoeven"},    {"", "Koster"},        {"van", "Dam"},
    {"van der", "Wal"},     {"", "Prins"},        {"", "Blom"},          {"", "Huisman"},
    {"", "Peeters"},        {"de", "Jonge"},      {"", "Kuipers"},       {"van", "Veen"},
    {"", "Post"},           {"", "Kuiper"},       {"", "Veenstra"},      {"", "Kramer"},
    {"van den", "Brink"},   {"", "Scholten"},     {"van", "Wijk"},       {"", "Postma"},
    {"", "Martens"},        {"", "Vink"},         {"de", "Ruiter"},      {"", "Timmermans"},
    {"", "Groen"},          {"", "Gerritsen"},    {"", "Jonker"},        {"van", "Loon"},
    {"van der", "Velde"},   {"", "Willemsen"},    {"", "Smeets"},        {"de", "Lange"},
    {"de", "Vos"},          {"", "Bosch"},        {"van", "Dongen"},     {"", "Schipper"},
    {"de", "Koning"},       {"van der", "Laan"},  {"", "Driessen"},      {"van", "Doorn"},
    {"", "Hermans"},        {"", "Evers"},        {"van den", "Bosch"},  {"van der", "Meulen"},
    {"", "Hofman"},         {"", "Bosman"},       {"", "Wolters"},       {"", "Sanders"},
    {"van der", "Heijden"}, {"", "Yilmaz"},       {"", "El Amrani"},     {"", "Öztürk"},
    {"", "Bouzid"},         {"", "Nguyen"},       {"", "Kaya"},          {"", "Şahin"},
    {"", "Bakkali"},        {"", "Pinas"},        {"", "Martina"},       {"", "Kowalski"},
    {"", "Wijnands"},       {"", "Claassen"},     {"", "Lammers"},       {"ter", "Horst"},
    {"", "Oosterhuis"},     {"", "Nijhuis"},      {"", "Kamphuis"},      {"", "Brink"},
};
const char *const IntlMaleFirst[] = {"James",  "Daniel",  "Lukas", "Marco", "Arjun", "Tom",
                                     "Oliver", "Mateusz", "Pedro", "Chen",  "Ahmed", "David"};
const char *const IntlFemaleFirst[] = {"Sarah",  "Emily",  "Priya", "Anna",  "Laura", "Sofia",
                                       "Olivia", "Hannah", "Mei",   "Chloe", "Maria", "Grace"};
const char *const IntlLast[] = {"Thompson", "Miller", "Schmidt", "Rossi",  "Sharma",  "O'Brien",
                                "Clarke",   "Nowak",  "Garcia",  "Wang",   "Fischer", "Murphy",
                                "Kumar",    "Silva",  "Brown",   "Müller", "Dubois",  "Walsh"};
const char *const MailDomains[] = {"example.com", "example.net", "example.org"};
// Letters used on Dutch plates (no vowels, no C, M, Q, W, Y).
const char PlateLetters[] = "BDFGHJKLNPRSTVXZ";

char plateLetter(SimRandom &rng)
{
    return PlateLetters[rng.range(0, int(sizeof(PlateLetters)) - 2)];
}

char digit(SimRandom &rng, int from = 0)
{
    return char('0' + rng.range(from, 9));
}

QByteArray asciiLower(const QByteArray &text)
{
    QByteArray out;
    for (const char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out.append(c);
        else if (c >= 'A' && c <= 'Z')
            out.append(char(c - 'A' + 'a'));
        // spaces, apostrophes and accented letters are left out
    }
    return out;
}

} // namespace

QByteArray Name::full() const
{
    QByteArray out = first;
    if (!prefix.isEmpty())
        out += ' ' + prefix;
    out += ' ' + last;
    return out;
}

Name dutchName(SimRandom &rng, bool female)
{
    Name n;
    n.first = female ? rng.pick(FemaleFirst) : rng.pick(MaleFirst);
    const auto &s = rng.pick(Surnames);
    n.prefix = s[0];
    n.last = s[1];
    return n;
}

Name internationalName(SimRandom &rng, bool female)
{
    Name n;
    n.first = female ? rng.pick(IntlFemaleFirst) : rng.pick(IntlMaleFirst);
    n.last = rng.pick(IntlLast);
    return n;
}

QByteArray customerDisplayName(SimRandom &rng, const Name &name)
{
    const double r = rng.unit();
    QByteArray surname = name.prefix.isEmpty() ? name.last : name.prefix + ' ' + name.last;
    if (r < 0.08) {
        // "Fam. Van den Berg": the prefix is capitalised when it opens the name.
        if (!name.prefix.isEmpty())
            surname[0] = char(surname[0] - 'a' + 'A');
        return "Fam. " + surname;
    }
    if (r < 0.2)
        return name.first.left(1) + ". " + surname;
    return name.full();
}

QByteArray mobileNumber(SimRandom &rng)
{
    QByteArray digits;
    digits.append(digit(rng, 1));
    for (int i = 0; i < 7; ++i)
        digits.append(digit(rng));
    const double style = rng.unit();
    if (style < 0.6)
        return "06-" + digits;
    if (style < 0.85)
        return "06 " + digits.left(4) + ' ' + digits.mid(4);
    return "+31 6 " + digits.left(4) + ' ' + digits.mid(4);
}

QByteArray emailFor(SimRandom &rng, const Name &name)
{
    const QByteArray first = asciiLower(name.first);
    const QByteArray last = asciiLower(name.prefix + name.last);
    QByteArray local;
    switch (rng.range(0, 4)) {
    case 0:
        local = first + '.' + last;
        break;
    case 1:
        local = first.left(1) + last;
        break;
    case 2:
        local = first + last + QByteArray::number(rng.range(1, 99));
        break;
    case 3:
        local = first.left(1) + '.' + last;
        break;
    default:
        local = last + '.' + first;
        break;
    }
    return local + '@' + rng.pick(MailDomains);
}

QByteArray vanPlate(SimRandom &rng)
{
    QByteArray p;
    switch (rng.range(0, 2)) {
    case 0: // side code 9: XXX-99-X, grey plates start with V
        p = QByteArray("V") + plateLetter(rng) + plateLetter(rng) + '-' + digit(rng) + digit(rng) +
            '-' + plateLetter(rng);
        break;
    case 1: // side code 8: 99-XXX-9
        p = QByteArray() + digit(rng) + digit(rng) + "-V" + plateLetter(rng) + plateLetter(rng) +
            '-' + digit(rng, 1);
        break;
    default: // side code 10: X-999-XX
        p = QByteArray("V-") + digit(rng, 1) + digit(rng) + digit(rng) + '-' + plateLetter(rng) +
            plateLetter(rng);
        break;
    }
    return p;
}

} // namespace SimPeople
