// The window in French, as `hectare --lang fr` shows it: menus, docks, the capacity text and
// numbers in the French format (1 000,0), from the translations compiled into the program.
#include "dashboard/budget_chart.h"
#include "dashboard/budget_section.h"
#include "dashboard/capacity_dashboard.h"
#include "window/main_window.h"

#include "language.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;

class TestMainWindowFrench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
    }

    void menusAndDocksAreFrench()
    {
        MainWindow window;
        window.openSample();
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("Fichier"), QStringLiteral("Édition"), QStringLiteral("Affichage"),
                                     QStringLiteral("Plan"), QStringLiteral("Ventes"), QStringLiteral("Fiabilité"),
                                     QStringLiteral("Aide")}));
        QStringList docks;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            docks << dock->windowTitle();
        QVERIFY2(docks.contains(QStringLiteral("Capacité")), qPrintable(docks.join(QStringLiteral(", "))));
        QVERIFY2(docks.contains(QStringLiteral("Clients")), qPrintable(docks.join(QStringLiteral(", "))));
        QVERIFY2(docks.contains(QStringLiteral("Devis")), qPrintable(docks.join(QStringLiteral(", "))));
        QVERIFY2(docks.contains(QStringLiteral("Vérification Tier III")), qPrintable(docks.join(QStringLiteral(", "))));
        QVERIFY2(docks.contains(QStringLiteral("Scénarios de défaillance")), qPrintable(docks.join(QStringLiteral(", "))));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("Site d’exemple")), qPrintable(window.windowTitle()));
    }

    void numbersFollowTheFrenchLocale()
    {
        MainWindow window;
        window.openSample();
        window.dashboard()->setHall(kNoId);
        // The site's usable power is 1,000 kW: "1 000 kW" with a narrow no-break space in French.
        const QString figures = window.dashboard()->siteSection()->chart()->figuresText(Resource::Power);
        QVERIFY2(figures.contains(QStringLiteral("1\u202F000")), qPrintable(figures));
        const QString binding = window.dashboard()->siteSection()->bindingText();
        QVERIFY2(binding.contains(QStringLiteral("Groupes électrogènes")), qPrintable(binding));
    }
};

QTEST_MAIN(TestMainWindowFrench)
#include "tst_main_window_french.moc"
