// hectare: the desktop window. Parses the command line, installs the language, opens the
// file given (or the bundled sample site) and hands over to ui::MainWindow.
#include "language.h"
#include "window/app_settings.h"
#include "window/main_window.h"

#include "model/site_model.h"
#include "session/document_session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QScreen>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hectare"));
    QApplication::setApplicationName(QStringLiteral("Hectare"));
    QApplication::setApplicationVersion(QStringLiteral(HECTARE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hectare: capacity planning for colocation data centres."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: fr or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the main window to a PNG file and quit."),
                                              QStringLiteral("OUT.png"));
    const QCommandLineOption hallOption(QStringLiteral("hall"), QStringLiteral("Show this hall first."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption growthOption(QStringLiteral("growth"), QStringLiteral("Show the Growth dock first."));
    parser.addOptions({langOption, screenshotOption, hallOption, growthOption});
    parser.process(app);

    QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("fr") && language != QLatin1String("en")) {
        std::fprintf(stderr, "hectare: --lang must be fr or en\n");
        return 1;
    }
    if (language.isEmpty())
        language = hectare::ui::AppSettings::language();
    hectare::installTranslations(app, language);

    hectare::ui::MainWindow window;
    const QString path = parser.positionalArguments().value(0);
    if (path.isEmpty() || !window.openDocument(path)) {
        if (!window.session())
            window.openSample();
    }
    if (parser.isSet(hallOption) && window.session()) {
        if (const hectare::Hall *hall = window.session()->model().hallByName(parser.value(hallOption)))
            window.selectHall(hall->id);
    }

    if (parser.isSet(growthOption))
        if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("growthDock")))
            dock->raise();

    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        window.resize(1600, 1000);
        window.show();
        // Let layouts and the plan's fit settle before the picture is taken.
        QTimer::singleShot(300, &window, [&] {
            const bool saved = window.grab().save(screenshot);
            app.exit(saved ? 0 : 2);
        });
        return app.exec();
    }
    window.show();
    return app.exec();
}
