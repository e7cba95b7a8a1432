#include "commands.h"

#include <QGuiApplication>

namespace hectare::cli {
namespace {

// The command named on the command line: the first argument that is not an option (--lang takes a value).
QString commandOf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

} // namespace

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv)
{
    const QString command = commandOf(argc, argv);
    if (command != QLatin1String("floorplan") && command != QLatin1String("quote"))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Drawing text needs fonts, and fonts need a QGuiApplication; writing a file needs no window
    // system, so without a display the offscreen platform stands in (QT_QPA_PLATFORM still wins).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace hectare::cli
