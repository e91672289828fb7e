#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class RequestedVisitsModel;

// The return visits promised for a day that no route takes yet, for the desk
// to check and to hand to the planning system (Export CSV…). Double-click, or
// Show earlier stop, shows the stop that went wrong.
class RequestedVisitsView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestedVisitsView(RequestedVisitsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Writes the list as CSV to `path`; false with a reason when it cannot.
    bool exportTo(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void showStopRequested(const QString &stopId);

private:
    void updateSummary();
    void exportCsv();
    void showCurrent();

    RequestedVisitsModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_show;
    QPushButton *m_export;
};
