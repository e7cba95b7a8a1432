#pragma once

#include <QString>

class QCoreApplication;

namespace hectare {

// Installs Hectare's translations (compiled in as :/i18n/hectare_<lang>.qm) and Qt's own.
// `language` is "fr", "en", or empty to follow the system. Numbers then follow the same
// choice (fr: 1 234,5); money never does: it is always the site's currency.
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace hectare
