#pragma once

#include <QStringList>

// Schema version 5: incidents (overmacht), the outbox of customer messages
// they produce, and the log of those messages on the stop and the customer.
QStringList noticesSchemaStatements();
