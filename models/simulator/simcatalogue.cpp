#include "simcatalogue.h"

#include <cstring>

namespace SimCatalogue {

namespace {

const Client Clients[] = {
    {"CL-WGD", "WitgoedDirect"},      {"CL-SLW", "Slaapwereld"},    {"CL-FTP", "FietsPlaza"},
    {"CL-MHN", "Meubelhuis Noord"},   {"CL-BKM", "Beeldkamer"},     {"CL-KKL", "Keukenloods"},
    {"CL-WWZ", "Woonwarenhuis Zuid"}, {"CL-EVH", "ElektroVakhuis"}, {"CL-ZKC", "Zitkamer & Co"},
    {"CL-KMK", "Kastenmakerij Oost"},
};
enum ClientIndex {
    WitgoedDirect,
    Slaapwereld,
    FietsPlaza,
    MeubelhuisNoord,
    Beeldkamer,
    Keukenloods,
    WoonwarenhuisZuid,
    ElektroVakhuis,
    ZitkamerCo,
    Kastenmakerij
};

const Product Products[] = {
    {"washing_machine", "Wasmachine 8 kg, 1400 toeren", "Vorta WM814", true},
    {"washing_machine", "Wasmachine 9 kg met stoomprogramma", "Kelvar K9 Steam", true},
    {"washing_machine", "Bovenlader wasmachine 7 kg", "Nordline TL712", true},
    {"washing_machine", "Was-droogcombinatie 10/6 kg", "Brava WD1060", true},
    {"dryer", "Warmtepompdroger 8 kg", "Vorta HP8", true},
    {"dryer", "Warmtepompdroger 9 kg met stoomfunctie", "Kelvar D9 Care", true},
    {"dryer", "Condensdroger 7 kg", "Solvik C7", true},
    {"fridge", "Amerikaanse koelkast rvs, 91 cm", "Nordline SBS910", true},
    {"fridge", "Koel-vriescombinatie 190 cm, NoFrost", "Vorta KV190NF", true},
    {"fridge", "Inbouwkoelkast 122 cm", "Hestra IK122", true},
    {"fridge", "Tafelmodel koelkast wit", "Solvik T55", false},
    {"dishwasher", "Vaatwasser vrijstaand 60 cm", "Kelvar VW60", true},
    {"dishwasher", "Inbouwvaatwasser volledig geïntegreerd", "Vorta IV600", true},
    {"dishwasher", "Vaatwasser 45 cm smal", "Brava VS45", false},
    {"oven", "Inbouwoven met pyrolyse", "Hestra PY60", false},
    {"oven", "Combimagnetron inbouw 45 cm", "Vorta CM45", false},
    {"oven", "Heteluchtoven 70 liter", "Nordline HO70", false},
    {"sofa", "3-zitsbank stof antraciet", "", true},
    {"sofa", "Hoekbank leer cognac", "", true},
    {"sofa", "Loveseat velours olijfgroen", "", true},
    {"sofa", "Relaxfauteuil elektrisch verstelbaar", "", true},
    {"mattress", "Pocketveringmatras 160x200", "", true},
    {"mattress", "Koudschuimmatras 90x200", "", false},
    {"mattress", "Boxspring 180x210 compleet", "Slaapwereld Royal", true},
    {"mattress", "Latexmatras 140x200", "", false},
    {"e_bike", "E-bike dames, middenmotor 500 Wh", "Stadsrijder M5", false},
    {"e_bike", "E-bike heren, 8 versnellingen", "Toerflits 8", false},
    {"e_bike", "Elektrische bakfiets", "Vrachtkar E2", true},
    {"wardrobe", "Kledingkast 3-deurs wit eiken", "", true},
    {"wardrobe", "Schuifdeurkast 200 cm met spiegel", "", true},
    {"wardrobe", "Kledingkast 2-deurs grafiet", "", true},
    {"tv", "65 inch 4K OLED-televisie", "Vorta OL65", true},
    {"tv", "55 inch QLED-televisie", "Kelvar Q55", false},
    {"tv", "75 inch 4K televisie", "Nordline U75", true},
};

struct TypeInfo
{
    const char *type;
    double weight;
    int clients[3]; // -1 when fewer
};

const TypeInfo Types[] = {
    {"washing_machine", 18, {WitgoedDirect, ElektroVakhuis, -1}},
    {"fridge", 12, {WitgoedDirect, Keukenloods, ElektroVakhuis}},
    {"dryer", 8, {WitgoedDirect, ElektroVakhuis, -1}},
    {"dishwasher", 9, {WitgoedDirect, Keukenloods, -1}},
    {"sofa", 14, {MeubelhuisNoord, ZitkamerCo, WoonwarenhuisZuid}},
    {"mattress", 12, {Slaapwereld, WoonwarenhuisZuid, -1}},
    {"e_bike", 7, {FietsPlaza, -1, -1}},
    {"wardrobe", 7, {MeubelhuisNoord, Kastenmakerij, WoonwarenhuisZuid}},
    {"tv", 8, {Beeldkamer, ElektroVakhuis, -1}},
    {"oven", 5, {Keukenloods, WitgoedDirect, -1}},
};

bool is(const char *a, const char *b)
{
    return std::strcmp(a, b) == 0;
}

int installMinutes(SimRandom &rng, const char *type)
{
    if (is(type, "washing_machine"))
        return rng.range(15, 25);
    if (is(type, "dryer"))
        return rng.range(10, 20);
    if (is(type, "dishwasher"))
        return rng.range(25, 40);
    if (is(type, "fridge"))
        return rng.range(20, 30);
    if (is(type, "oven"))
        return rng.range(20, 35);
    if (is(type, "tv"))
        return rng.range(15, 30);
    return rng.range(10, 20);
}

int assembleMinutes(SimRandom &rng, const Product &p)
{
    if (is(p.type, "wardrobe"))
        return rng.range(30, 60);
    if (is(p.type, "mattress"))
        return rng.range(20, 35); // a boxspring
    if (is(p.type, "e_bike"))
        return rng.range(5, 10);
    return rng.range(5, 15);
}

} // namespace

Order randomOrder(SimRandom &rng)
{
    QVector<double> weights;
    for (const TypeInfo &t : Types)
        weights.append(t.weight);
    const TypeInfo &type = Types[rng.weighted(weights)];
    QVector<const Product *> candidates;
    for (const Product &p : Products) {
        if (is(p.type, type.type))
            candidates.append(&p);
    }
    Order o;
    o.product = candidates.at(rng.range(0, int(candidates.size()) - 1));
    int clientCount = 0;
    while (clientCount < 3 && type.clients[clientCount] >= 0)
        ++clientCount;
    o.client = &Clients[type.clients[rng.range(0, clientCount - 1)]];

    const char *t = type.type;
    unsigned s = Deliver;
    auto add = [&](Service service, double p) {
        if (rng.chance(p))
            s |= service;
    };
    if (is(t, "washing_machine") || is(t, "dryer") || is(t, "dishwasher")) {
        add(PlaceInRoom, 0.85);
        add(Install, is(t, "dishwasher") ? 0.6 : 0.75);
        add(TakeBack, 0.45);
    } else if (is(t, "fridge")) {
        add(PlaceInRoom, 0.9);
        add(Install, is(o.product->description, "Inbouwkoelkast 122 cm") ? 0.9 : 0.1);
        add(TakeBack, 0.4);
    } else if (is(t, "oven")) {
        add(Install, 0.7);
        add(TakeBack, 0.25);
    } else if (is(t, "sofa")) {
        add(PlaceInRoom, 0.95);
        add(Assemble, 0.25);
        add(TakeBack, 0.2);
    } else if (is(t, "mattress")) {
        add(PlaceInRoom, 0.9);
        if (o.product->model[0] != '\0')
            s |= Assemble; // the boxspring is built up in the bedroom
        add(TakeBack, 0.55);
    } else if (is(t, "e_bike")) {
        add(IdCheck, 0.7);
        add(Assemble, 0.3);
    } else if (is(t, "wardrobe")) {
        add(PlaceInRoom, 0.9);
        add(Assemble, 0.85);
        add(TakeBack, 0.1);
    } else if (is(t, "tv")) {
        add(PlaceInRoom, 0.6);
        add(Install, 0.45);
        add(TakeBack, 0.2);
        add(IdCheck, 0.2);
    }
    add(IdCheck, 0.04);
    o.services = s;

    int minutes = rng.range(5, 10);
    if (s & PlaceInRoom)
        minutes += rng.range(5, 10);
    if (s & Install)
        minutes += installMinutes(rng, t);
    if (s & Assemble)
        minutes += assembleMinutes(rng, *o.product);
    if (s & TakeBack)
        minutes += rng.range(5, 10);
    if (s & IdCheck)
        minutes += 2;
    o.serviceMin = minutes;
    return o;
}

QVector<const char *> serviceKeys(unsigned services)
{
    static const char *const keys[] = {"deliver",  "place_in_room", "install",
                                       "assemble", "take_back",     "id_check"};
    QVector<const char *> out;
    for (int i = 0; i < 6; ++i) {
        if (services & (1u << i))
            out.append(keys[i]);
    }
    return out;
}

QByteArray productNoun(const char *type, bool english)
{
    static const char *const table[][3] = {
        {"washing_machine", "wasmachine", "washing machine"},
        {"dryer", "droger", "dryer"},
        {"fridge", "koelkast", "fridge"},
        {"dishwasher", "vaatwasser", "dishwasher"},
        {"oven", "oven", "oven"},
        {"sofa", "bank", "sofa"},
        {"mattress", "matras", "mattress"},
        {"e_bike", "e-bike", "e-bike"},
        {"wardrobe", "kast", "wardrobe"},
        {"tv", "tv", "TV"},
    };
    for (const auto &row : table) {
        if (is(row[0], type))
            return english ? row[2] : row[1];
    }
    return english ? "order" : "bestelling";
}

} // namespace SimCatalogue
