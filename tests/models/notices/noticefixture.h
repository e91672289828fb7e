#pragma once

// A small operation written straight into the store for the notice tests:
// two delivery days, hubs in Utrecht and Amsterdam, customers with different
// postcodes, positions, languages and ways to reach them, and one customer
// with two stops. Independent of the feed code, so the tests check the
// notices alone.

#include "core/timeformat.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QTime>
#include <QTimeZone>
#include <QVariant>

namespace NoticeFixture {

// 1 December 2026 is a Tuesday; the company's offset that day is +01:00.
inline qint64 msAt(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), TimeFormat::companyZone())
        .toMSecsSinceEpoch();
}

inline void exec(Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(statement);
    for (const QVariant &v : values) {
        // A null QString would bind as SQL NULL; the columns want ''.
        if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(v);
    }
    Database::run(q);
}

inline void addCustomer(Database &db, const QString &id, const QString &name,
                        const QString &postcode, double lat, double lon, const QString &phone,
                        const QString &email, const QString &language)
{
    exec(db,
         QStringLiteral("INSERT INTO customers (id, name, postcode, city, lat, lon, phone, email,"
                        " language) VALUES (?, ?, ?, 'X', ?, ?, ?, ?, ?)"),
         {id, name, postcode, lat, lon, phone, email, language});
}

inline void addRoute(Database &db, const QString &id, const QString &day, const QString &hub,
                     const QString &vehicle)
{
    exec(db,
         QStringLiteral("INSERT INTO routes (id, day, hub_id, vehicle_id, planned_start, plan_ts,"
                        " plan_event) VALUES (?, ?, ?, ?, 0, 0, 'ev')"),
         {id, day, hub, vehicle});
}

inline void addStop(Database &db, const QString &id, const QString &route, int seq,
                    const QString &customer, qint64 windowStart, qint64 windowEnd,
                    qint64 completedAt = 0)
{
    exec(db,
         QStringLiteral("INSERT INTO stops (id, route_id, seq, customer_id, client_id, product_id,"
                        " window_start, window_end, planned_arrival, service_min, completed_at)"
                        " VALUES (?, ?, ?, ?, 'CL-1', 'P-1', ?, ?, ?, 20, ?)"),
         {id, route, seq, customer, windowStart, windowEnd, (windowStart + windowEnd) / 2,
          completedAt});
}

// The operation every notice test starts from:
//   R1 (Utrecht, 1 Dec): S1 C1 3511 AB nl 09-11, S2 C2 3512 en 11-13, S3 C3 completed
//   R2 (Utrecht, 1 Dec): S4 C4 3581 10-12, S5 C1 (again) 14-16
//   R3 (Amsterdam, 1 Dec): S6 C5 1012 en 10-12, S7 C6 1013 (no phone, no email) 12-14
//   R4 (Utrecht, 2 Dec): S8 C7 3511 CD 09-11
inline void fill(Database &db)
{
    Transaction t(db);
    exec(db, QStringLiteral("INSERT INTO hubs VALUES ('H-UTR', 'Utrecht', 52.107, 5.06)"), {});
    exec(db, QStringLiteral("INSERT INTO hubs VALUES ('H-ASD', 'Amsterdam', 52.39, 4.83)"), {});
    exec(db, QStringLiteral("INSERT INTO clients VALUES ('CL-1', 'Witgoed Online')"), {});
    exec(db,
         QStringLiteral("INSERT INTO products (id, type, description) VALUES ('P-1',"
                        " 'washing_machine', 'Wasmachine')"),
         {});
    for (const char *v : {"V-1", "V-2", "V-3"})
        exec(db, QStringLiteral("INSERT INTO vehicles (id, plate) VALUES (?, 'XX')"),
             {QString::fromLatin1(v)});
    addCustomer(db, QStringLiteral("C1"), QStringLiteral("Anna de Vries"),
                QStringLiteral("3511 AB"), 52.0907, 5.1214, QStringLiteral("+31611111111"),
                QStringLiteral("anna@example.nl"), QStringLiteral("nl"));
    addCustomer(db, QStringLiteral("C2"), QStringLiteral("John Smith"), QStringLiteral("3512 CD"),
                52.0930, 5.1180, QString(), QStringLiteral("john@example.com"),
                QStringLiteral("en"));
    addCustomer(db, QStringLiteral("C3"), QStringLiteral("Piet Bakker"), QStringLiteral("3584 CS"),
                52.0850, 5.1700, QStringLiteral("+31633333333"), QString(), QStringLiteral("nl"));
    addCustomer(db, QStringLiteral("C4"), QStringLiteral("Fatima El Amrani"),
                QStringLiteral("3581 AA"), 52.0880, 5.1350, QStringLiteral("+31644444444"),
                QString(), QStringLiteral("nl"));
    addCustomer(db, QStringLiteral("C5"), QStringLiteral("Emma Brown"), QStringLiteral("1012 AB"),
                52.3730, 4.8920, QStringLiteral("+31655555555"), QString(), QStringLiteral("en"));
    addCustomer(db, QStringLiteral("C6"), QStringLiteral("Kees Visser"), QStringLiteral("1013 XY"),
                52.3850, 4.8800, QString(), QString(), QStringLiteral("nl"));
    addCustomer(db, QStringLiteral("C7"), QStringLiteral("Lotte Mulder"), QStringLiteral("3511 CD"),
                52.0910, 5.1190, QStringLiteral("+31677777777"), QString(), QStringLiteral("nl"));
    addRoute(db, QStringLiteral("R1"), QStringLiteral("2026-12-01"), QStringLiteral("H-UTR"),
             QStringLiteral("V-1"));
    addRoute(db, QStringLiteral("R2"), QStringLiteral("2026-12-01"), QStringLiteral("H-UTR"),
             QStringLiteral("V-2"));
    addRoute(db, QStringLiteral("R3"), QStringLiteral("2026-12-01"), QStringLiteral("H-ASD"),
             QStringLiteral("V-3"));
    addRoute(db, QStringLiteral("R4"), QStringLiteral("2026-12-02"), QStringLiteral("H-UTR"),
             QStringLiteral("V-1"));
    addStop(db, QStringLiteral("S1"), QStringLiteral("R1"), 1, QStringLiteral("C1"), msAt(1, 9),
            msAt(1, 11));
    addStop(db, QStringLiteral("S2"), QStringLiteral("R1"), 2, QStringLiteral("C2"), msAt(1, 11),
            msAt(1, 13));
    addStop(db, QStringLiteral("S3"), QStringLiteral("R1"), 3, QStringLiteral("C3"), msAt(1, 13),
            msAt(1, 15), msAt(1, 8));
    addStop(db, QStringLiteral("S4"), QStringLiteral("R2"), 1, QStringLiteral("C4"), msAt(1, 10),
            msAt(1, 12));
    addStop(db, QStringLiteral("S5"), QStringLiteral("R2"), 2, QStringLiteral("C1"), msAt(1, 14),
            msAt(1, 16));
    addStop(db, QStringLiteral("S6"), QStringLiteral("R3"), 1, QStringLiteral("C5"), msAt(1, 10),
            msAt(1, 12));
    addStop(db, QStringLiteral("S7"), QStringLiteral("R3"), 2, QStringLiteral("C6"), msAt(1, 12),
            msAt(1, 14));
    addStop(db, QStringLiteral("S8"), QStringLiteral("R4"), 1, QStringLiteral("C7"), msAt(2, 9),
            msAt(2, 11));
    t.commit();
}

} // namespace NoticeFixture
