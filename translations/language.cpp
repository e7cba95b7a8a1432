#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hectare {

void installTranslations(QCoreApplication &app, const QString &language)
{
    if (language == QLatin1String("fr"))
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Togo));
    else if (language == QLatin1String("en"))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QLocale locale;
    auto *ours = new QTranslator(&app);
    // A system language we have no file for (C, German…) gets English, whose file carries the
    // plural forms ("1 rack", "2 racks") the source strings only spell as "rack(s)".
    if (ours->load(locale, QStringLiteral("hectare"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/hectare_en")))
        QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, file dialogs), where Debian's qt6-translations-l10n is installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace hectare
