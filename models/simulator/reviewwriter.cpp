#include "reviewwriter.h"

#include "simcatalogue.h"

#include <QVector>

namespace ReviewWriter {

namespace {

// Each bank holds Dutch phrases and English ones; "%1" is the product noun.
struct Bank
{
    QVector<const char *> nl;
    QVector<const char *> en;
};

const Bank OnTime = {{"Netjes binnen het tijdvak geleverd.", "Precies op tijd, fijn.",
                      "Ze waren er keurig op de afgesproken tijd.",
                      "Mooi aan het begin van het tijdvak al binnen.", "Op tijd en zonder gedoe.",
                      "Stipt op tijd."},
                     {"Delivered right within the time slot.", "Right on time, great.",
                      "They arrived exactly when promised.", "Punctual and no hassle.",
                      "Arrived early in the time window."}};
const Bank CallAhead = {{"Een half uur van tevoren werd ik gebeld, top.",
                         "Fijn dat de chauffeur even belde dat ze eraan kwamen.",
                         "Handig dat je kon zien wanneer ze er ongeveer zouden zijn.",
                         "Keurig vooraf een berichtje dat ze onderweg waren."},
                        {"The driver called half an hour before, very helpful.",
                         "Nice that they let me know they were on their way.",
                         "Good communication about the arrival time."}};
const Bank LateSmall = {{"Wel iets later dan het tijdvak, maar ze belden netjes.",
                         "Een kwartiertje te laat, verder prima.", "Iets na het tijdvak, niet erg.",
                         "Ze waren wat later dan beloofd."},
                        {"A bit later than the time slot, but they called ahead.",
                         "About fifteen minutes late, otherwise fine.",
                         "Slightly after the promised window."}};
const Bank LateBig = {
    {"Ruim een uur te laat en niemand die even liet weten waarom.",
     "Ik had de hele middag vrij genomen en ze kwamen veel te laat.",
     "Tijdvak ruim overschreden, daar baal ik echt van.",
     "Pas na het tijdvak aangekomen, ik moest zelf bellen om te horen waar ze bleven.",
     "Veel te laat. Mijn afspraak daarna kon ik afzeggen."},
    {"More than an hour late and nobody told me why.",
     "I took the afternoon off and they came far too late.",
     "Way outside the time slot, very frustrating.",
     "Arrived long after the window, I had to call to find out where they were."}};
const Bank Friendly = {{"Heel vriendelijke bezorgers.", "Super aardige bezorgers!",
                        "Vriendelijk en behulpzaam team.", "Erg prettige en beleefde jongens.",
                        "Gezellige bezorgers, echt een leuk tweetal.",
                        "Vriendelijk, rustig en vakkundig.", "Wat een vriendelijke crew!"},
                       {"Very friendly delivery crew.", "Lovely, polite guys!",
                        "Friendly and helpful team.", "Really pleasant and professional crew."}};
const Bank Careful = {{"Ze deden hoesjes over hun schoenen en lieten alles schoon achter.",
                       "Alles netjes opgeruimd en de verpakking meegenomen.",
                       "Heel voorzichtig met de trap en de muren.",
                       "Met veel zorg naar boven gedragen, geen krasje op de deurpost."},
                      {"They wore shoe covers and left everything clean.",
                       "Tidied up and took all the packaging with them.",
                       "Very careful on the stairs and with the walls."}};
const Bank Careless = {
    {"Wel een kras op de deurpost achtergelaten.", "Verpakking gewoon in de gang laten staan.",
     "Ze hadden duidelijk haast, weinig zorgvuldig.", "Moddervoetstappen door de hele gang."},
    {"They left a scratch on the door frame.", "Left the packaging in the hallway.",
     "Clearly in a hurry, not very careful."}};
const Bank Installed = {{"De %1 is netjes aangesloten en ze hebben hem even getest.",
                         "Installatie was snel klaar en alles werd goed uitgelegd.",
                         "Aansluiten ging vakkundig, en de uitleg was duidelijk.",
                         "De %1 staat waterpas en doet het perfect."},
                        {"The %1 was connected properly and they did a test run.",
                         "Installation was quick and everything was explained well.",
                         "Installed professionally with clear instructions."}};
const Bank Assembled = {{"De %1 is vakkundig in elkaar gezet.", "Monteren ging snel en netjes.",
                         "Opbouwen was zo gebeurd, dat had mij een middag gekost."},
                        {"The %1 was assembled expertly.", "Assembly was quick and tidy.",
                         "Put together in no time, would have taken me all afternoon."}};
const Bank TookBack = {{"Oude %1 meteen meegenomen, scheelt een hoop gedoe.",
                        "Fijn dat de oude %1 werd meegenomen.",
                        "De oude %1 ging gelijk mee, top geregeld."},
                       {"They took the old %1 away as well, very convenient.",
                        "Great that the old %1 was taken away."}};
const Bank Carried = {{"Helemaal naar de tweede verdieping gedragen zonder morren.",
                       "Tot in de kamer neergezet waar ik hem wilde hebben."},
                      {"Carried all the way up to the second floor without complaint.",
                       "Placed exactly where I wanted it."}};
const Bank Weather = {
    {"Ondanks het weer gewoon gekomen, petje af.", "Knap dat ze met dit weer op tijd waren."},
    {"They made it despite the weather, hats off."}};
const Bank SecondTry = {
    {"De tweede poging ging gelukkig wel goed.",
     "Na de mislukte eerste levering nu eindelijk in huis.",
     "Nieuwe afspraak werd snel gemaakt en nu is alles goed gegaan."},
    {"The second attempt went fine.", "Finally delivered after the first failed attempt."}};
const Bank Damaged = {
    {"Bij het uitpakken bleek de %1 beschadigd, een flinke deuk in de zijkant.",
     "Er zat een diepe kras op de voorkant, dus weer mee terug. Nu moet ik opnieuw wachten.",
     "Beschadigd product geleverd. De jongens konden er niets aan doen, maar erg balen.",
     "De %1 was kapot bij aankomst. Wanneer krijg ik een nieuwe?"},
    {"The %1 turned out to be damaged when unpacked, a big dent on the side.",
     "Deep scratch on the front so it went back. Now I have to wait again.",
     "Damaged on arrival. Not the crew's fault, but very disappointing."}};
const Bank WrongProduct = {{"Verkeerde %1 geleverd, dit is niet wat ik besteld heb.",
                            "Verkeerde kleur, dus alles weer retour. Erg teleurstellend.",
                            "Ander model dan besteld. Nu weer een nieuwe afspraak maken.",
                            "Ze brachten de verkeerde maat, de webshop heeft dit echt verprutst."},
                           {"Wrong %1 delivered, not what I ordered.",
                            "Wrong colour, so everything went back.",
                            "Different model than ordered, now I need a new appointment."}};
const Bank NotHomeDispute = {{"Ik was gewoon thuis maar er is niet aangebeld!",
                              "Kaartje in de bus terwijl ik de hele dag thuis was. Onbegrijpelijk.",
                              "Niet thuis volgens de bezorgers, maar de bel doet het prima.",
                              "Ze hebben niet eens gebeld voordat ze weer wegreden."},
                             {"I was home all day but nobody rang the bell!",
                              "Card in the letterbox while I was home. Unbelievable.",
                              "They did not even call before driving off."}};
const Bank NotHomeOwnFault = {
    {"Mijn eigen fout, ik was de levering vergeten. Wel fijn dat ze belden.",
     "Ik was net even weg, jammer. Nieuwe afspraak was snel geregeld.",
     "Helaas niet thuis door een misverstand, de klantenservice loste het netjes op."},
    {"My own fault, I forgot about the delivery. Nice that they called.",
     "I had just stepped out, a new appointment was easily arranged."}};
const Bank Refused = {{"Ik heb de %1 geweigerd, de maat klopte niet met wat er online stond.",
                       "De doos was zo gehavend dat ik hem niet heb aangenomen.",
                       "Geweigerd: dit was niet wat er was afgesproken."},
                      {"I refused the %1, the size did not match the website.",
                       "The box was so battered that I did not accept it."}};
const Bank Incomplete = {
    {"Aansluiten kon niet omdat er een onderdeel ontbrak.",
     "Montage niet afgemaakt, er ontbraken schroeven. Nu weer een nieuwe afspraak.",
     "Half werk: de %1 staat er, maar aangesloten is hij niet.",
     "De oude %1 kon niet mee, dus die staat nog in de gang."},
    {"Could not be connected because a part was missing.",
     "Assembly not finished, screws were missing.",
     "Only half done: the %1 is here but not connected."}};
const Bank CrewNotToBlame = {
    {"De bezorgers zelf waren wel vriendelijk.", "Aan de jongens lag het niet.",
     "De crew kon er niets aan doen, die waren heel behulpzaam."},
    {"The crew themselves were friendly.", "Not the crew's fault, they were helpful."}};
const Bank PraiseOpen = {
    {"Top!", "Super service.", "Helemaal tevreden.", "Perfect geregeld.", "Uitstekend!"},
    {"Excellent!", "Great service.", "Very happy.", "Perfect."}};
const Bank FineOpen = {{"Prima.", "Goed geregeld.", "Dik in orde.", "Prima service.", "Redelijk."},
                       {"Fine.", "Good service.", "All good."}};
const Bank BadOpen = {{"Niet tevreden.", "Teleurstellend.", "Jammer.", "Slechte ervaring."},
                      {"Not happy.", "Disappointing.", "Bad experience."}};
const Bank PraiseClose = {
    {"Aanrader!", "Zeker voor herhaling vatbaar.", "Dikke 10!", "Bedankt!", "Zo hoort het."},
    {"Highly recommended!", "Would order again.", "Thanks!"}};
const Bank BadClose = {
    {"Dit kan echt beter.", "Ik hoop dat het snel wordt opgelost.",
     "Graag contact met mij opnemen.", "Hier ga ik nog een klacht over indienen."},
    {"This really needs to improve.", "Please contact me.", "I hope this gets fixed soon."}};
const Bank Terse = {{"Top", "Prima", "Snel en vriendelijk", "Keurig", "Goed", "Alles ok", "Netjes"},
                    {"Great", "Fine", "Quick and friendly", "All good"}};

QByteArray phrase(SimRandom &rng, const Bank &bank, const Visit &v)
{
    const QVector<const char *> &list = v.english ? bank.en : bank.nl;
    QByteArray text = list.at(rng.range(0, int(list.size()) - 1));
    const int at = text.indexOf("%1");
    if (at >= 0)
        text.replace(at, 2, SimCatalogue::productNoun(v.productType, v.english));
    return text;
}

int clampScore(double s)
{
    const double r = s < 0 ? 0 : s > 10 ? 10 : s;
    return int(r + 0.5);
}

} // namespace

Review write(SimRandom &rng, const Visit &v)
{
    using namespace SimCatalogue;
    QVector<QByteArray> middle; // the body, in the order the customer tells it
    double score = 0;
    const bool friendly = rng.chance(0.6);
    const bool careless = rng.chance(0.07);
    bool ownFault = false; // a customer who forgot the delivery
    double latePenalty = 0;
    if (v.lateMinutes > 60)
        latePenalty = 4.5;
    else if (v.lateMinutes > 30)
        latePenalty = 3;
    else if (v.lateMinutes > 15)
        latePenalty = 1.5;
    else if (v.lateMinutes > 0)
        latePenalty = 0.7;

    switch (v.outcome) {
    case Outcome::Delivered:
    case Outcome::Incomplete: {
        const bool complete = v.outcome == Outcome::Delivered;
        score = (complete ? 9.0 : 5.0) + rng.gaussish() * (complete ? 0.8 : 1.3) - latePenalty;
        if (friendly)
            score += 0.4;
        if (careless)
            score -= 2.5;
        if (v.attempt > 1)
            score -= 0.5;
        if (!complete)
            middle.append(phrase(rng, Incomplete, v));
        if (v.attempt > 1 && rng.chance(0.6))
            middle.append(phrase(rng, SecondTry, v));
        if (v.lateMinutes > 30 || (v.lateMinutes > 0 && rng.chance(0.6)))
            middle.append(phrase(rng, v.lateMinutes > 30 ? LateBig : LateSmall, v));
        else if (v.lateMinutes <= 0 && rng.chance(0.45))
            middle.append(phrase(rng, OnTime, v));
        if (v.lateMinutes <= 0 && rng.chance(0.2))
            middle.append(phrase(rng, CallAhead, v));
        if (complete && (v.servicesDone & Install) && rng.chance(0.5))
            middle.append(phrase(rng, Installed, v));
        if (complete && (v.servicesDone & Assemble) && rng.chance(0.5))
            middle.append(phrase(rng, Assembled, v));
        if ((v.servicesDone & TakeBack) && rng.chance(0.35))
            middle.append(phrase(rng, TookBack, v));
        if ((v.servicesDone & PlaceInRoom) && rng.chance(0.12))
            middle.append(phrase(rng, Carried, v));
        if (friendly && rng.chance(0.7))
            middle.append(phrase(rng, Friendly, v));
        if (careless)
            middle.append(phrase(rng, Careless, v));
        else if (rng.chance(0.25))
            middle.append(phrase(rng, Careful, v));
        if (v.badWeather && rng.chance(0.5))
            middle.append(phrase(rng, Weather, v));
        break;
    }
    case Outcome::Damaged:
        score = 4 + rng.gaussish() * 1.5 - latePenalty / 2;
        middle.append(phrase(rng, Damaged, v));
        break;
    case Outcome::WrongProduct:
        score = 4.5 + rng.gaussish() * 1.5 - latePenalty / 2;
        middle.append(phrase(rng, WrongProduct, v));
        break;
    case Outcome::Refused:
        score = 4 + rng.gaussish() * 1.5;
        middle.append(phrase(rng, Refused, v));
        break;
    case Outcome::NotHome:
        ownFault = rng.chance(0.3);
        if (ownFault) {
            score = 7 + rng.gaussish();
            middle.append(phrase(rng, NotHomeOwnFault, v));
        } else {
            score = 2.5 + rng.gaussish() * 1.5;
            middle.append(phrase(rng, NotHomeDispute, v));
        }
        break;
    }
    const bool failure = v.outcome != Outcome::Delivered;
    // However kind the crew, a failed delivery is no 8; a damaged or wrong product is no 7.
    if (failure)
        score = qMin(score, v.outcome == Outcome::Incomplete || ownFault ? 7.4 : 6.4);
    if (failure && v.outcome != Outcome::NotHome && friendly && rng.chance(0.4))
        middle.append(phrase(rng, CrewNotToBlame, v));

    Review r;
    r.score = clampScore(score);
    if (rng.chance(0.08))
        return r; // a score without words
    if (!failure && r.score >= 8 && rng.chance(0.15)) {
        r.comment = phrase(rng, Terse, v);
        if (rng.chance(0.3))
            r.comment += '!';
        return r;
    }
    // A customer tells one to three things; the outcome always comes first.
    const int keep = failure ? 1 + rng.range(0, 1) : 1 + rng.range(0, 2);
    while (middle.size() > keep) {
        const int drop =
            failure ? rng.range(1, int(middle.size()) - 1) : rng.range(0, int(middle.size()) - 1);
        middle.remove(drop);
    }
    // Openers and closers follow the mood: no "great service" above a failed delivery.
    QVector<QByteArray> parts;
    const bool opener = rng.chance(0.35) || middle.isEmpty();
    if (opener && !failure)
        parts.append(phrase(rng, r.score >= 9 ? PraiseOpen : r.score >= 7 ? FineOpen : BadOpen, v));
    else if (opener && r.score <= 5)
        parts.append(phrase(rng, BadOpen, v));
    parts += middle;
    if (rng.chance(0.25)) {
        if (r.score <= 5)
            parts.append(phrase(rng, BadClose, v));
        else if (!failure)
            parts.append(phrase(rng, r.score >= 8 ? PraiseClose : FineOpen, v));
    }
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0)
            r.comment += ' ';
        r.comment += parts[i];
    }
    return r;
}

} // namespace ReviewWriter
