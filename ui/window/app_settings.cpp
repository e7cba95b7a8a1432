#include "app_settings.h"

#include <QSettings>

namespace hectare::ui::AppSettings {
namespace {

const QString kRecentKey = QStringLiteral("recentFiles");
const QString kLanguageKey = QStringLiteral("language");

} // namespace

QStringList recentFiles() { return QSettings().value(kRecentKey).toStringList(); }

void addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(kRecentKey, files);
}

QString language() { return QSettings().value(kLanguageKey).toString(); }
void setLanguage(const QString &language) { QSettings().setValue(kLanguageKey, language); }

} // namespace hectare::ui::AppSettings
