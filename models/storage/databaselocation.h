#pragma once

#include <QString>

// Where Voorzet keeps its database when none is given: one SQLite file in the
// user's data folder.
namespace DatabaseLocation {
QString defaultPath();
}
