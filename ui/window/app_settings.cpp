#include "app_settings.h"

#include <QSettings>

namespace hectare::ui::AppSettings {
namespace {

const QString kRecentKey = QStringLiteral("recentFiles");
const QString kLanguageKey = QStringLiteral("language");
const QString kSnapKey = QStringLiteral("plan/snapToGrid");

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

bool snapToGrid() { return QSettings().value(kSnapKey, true).toBool(); }
void setSnapToGrid(bool on) { QSettings().setValue(kSnapKey, on); }

} // namespace hectare::ui::AppSettings
