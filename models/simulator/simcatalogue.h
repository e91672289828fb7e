#pragma once

#include "simrandom.h"

#include <QByteArray>
#include <QVector>

// What the simulated customers ordered: the webshops (invented names), their
// products, the services booked with them and the minutes those take.
namespace SimCatalogue {

enum Service : unsigned {
    Deliver = 1u << 0,
    PlaceInRoom = 1u << 1,
    Install = 1u << 2,
    Assemble = 1u << 3,
    TakeBack = 1u << 4,
    IdCheck = 1u << 5,
};

struct Product
{
    const char *type;
    const char *description;
    const char *model; // may be empty
    bool large;        // needs both crew members and care on stairs
};

struct Client
{
    const char *id;
    const char *name;
};

struct Order
{
    const Product *product = nullptr;
    const Client *client = nullptr;
    unsigned services = Deliver;
    int serviceMin = 5;
};

// One order: product, webshop, services and the planned minutes at the door.
Order randomOrder(SimRandom &rng);

// The feed keys of `services` in the order FEED.md lists them.
QVector<const char *> serviceKeys(unsigned services);

// The product as a customer names it ("wasmachine" / "washing machine").
QByteArray productNoun(const char *type, bool english);

} // namespace SimCatalogue
