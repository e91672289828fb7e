#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTranslator>
#include <memory>

class MainWindow;
class Session;

// The graphical app: reads the command line, installs the translations,
// opens the session and shows the main window. A change of language rebuilds
// the window in place, keeping the session and the layout.
class GuiApp : public QObject
{
    Q_OBJECT
public:
    GuiApp();
    ~GuiApp() override;

    // Returns the exit code; runs the event loop when the window opens.
    int run(const QStringList &arguments);

    MainWindow *window() const;

    // Installs the app's and Qt's translations for `language` ("nl", "en").
    void installTranslations(const QString &language);

private:
    void showWindow();
    void rebuildWindow();

    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_window;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};
