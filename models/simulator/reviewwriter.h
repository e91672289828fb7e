#pragma once

#include "simrandom.h"

#include <QByteArray>

// Writes what a customer says afterwards: a score from 0 to 10 and a comment
// (Dutch or English) that fits what happened at the door: punctuality,
// the crew, installation, damage, a wrong product, a missed delivery.
namespace ReviewWriter {

enum class Outcome { Delivered, NotHome, Refused, Damaged, WrongProduct, Incomplete };

struct Visit
{
    Outcome outcome = Outcome::Delivered;
    int lateMinutes = 0;       // arrival after the window's end; <= 0 when on time
    unsigned servicesDone = 0; // SimCatalogue::Service bits
    const char *productType = "";
    bool english = false;
    int attempt = 1;
    bool badWeather = false;
};

struct Review
{
    int score = 8;
    QByteArray comment;
};

Review write(SimRandom &rng, const Visit &visit);

} // namespace ReviewWriter
