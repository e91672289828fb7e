#pragma once

#include <QStringList>

// Schema version 6: what a dispatcher's re-plan leaves on a stop (why and
// when it was moved, and when the desk last changed its route or order, so a
// later plan from the planning system does not silently undo it), and the
// return visits requested for a day that are not on a route yet.
QStringList replanSchemaStatements();
