#pragma once

#include "reviews/reviewtypes.h"

#include <QWidget>

class Clock;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class ReviewStore;

// The feedback list per client: the reviews whose cause was marked as the
// client's, exportable as CSV and as a PDF document for that client.
class ClientFeedbackView : public QWidget
{
    Q_OBJECT
public:
    ClientFeedbackView(ReviewStore &store, Clock *clock, QWidget *parent = nullptr);

    void reload();
    // Shows the reviews of one client (selects it in the list).
    void showClient(const QString &clientId);
    QString clientId() const { return m_clientId; }
    QString clientName() const { return m_clientName; }
    const QVector<ReviewRow> &rows() const { return m_rows; }

    // Writes the shown client's list; false with a message on failure.
    bool exportCsv(const QString &path, QString *error = nullptr);
    bool exportPdf(const QString &path, QString *error = nullptr);

    QListWidget *clientList() const { return m_clients; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void reviewActivated(const QString &reviewId);
    void statusMessage(const QString &message);

private:
    void fillTable();
    void askCsv();
    void askPdf();

    ReviewStore &m_store;
    Clock *m_clock;
    QListWidget *m_clients;
    QTableWidget *m_table;
    QLabel *m_title;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QString m_clientId;
    QString m_clientName;
    QVector<ReviewRow> m_rows;
};
