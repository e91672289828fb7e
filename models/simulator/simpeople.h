#pragma once

#include "simrandom.h"

#include <QByteArray>

// Names, phone numbers, e-mail addresses and licence plates that look like
// the Netherlands: Dutch first and last names (with tussenvoegsels), the
// names of expat customers, 06-numbers and the side codes of Dutch van plates.
namespace SimPeople {

struct Name
{
    QByteArray first;
    QByteArray prefix; // "van", "de", "van der"; empty for most
    QByteArray last;
    QByteArray full() const;
};

Name dutchName(SimRandom &rng, bool female);
// A name for an English-speaking customer (expats, international households).
Name internationalName(SimRandom &rng, bool female);
// How the customer's name shows in the order: "Marieke de Vries", "Fam. Jansen", "R. Bakker".
QByteArray customerDisplayName(SimRandom &rng, const Name &name);

QByteArray mobileNumber(SimRandom &rng);
// An address on a reserved example domain (RFC 2606): no real mailbox is ever addressed.
QByteArray emailFor(SimRandom &rng, const Name &name);
// A grey (commercial) Dutch plate: "VXD-12-K", "12-VKL-3", "V-123-BD".
QByteArray vanPlate(SimRandom &rng);

} // namespace SimPeople
