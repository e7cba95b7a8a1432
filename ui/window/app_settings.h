#pragma once

#include <QStringList>

namespace hectare::ui {

// What the desktop remembers between runs (QSettings): recent files and the language choice.
namespace AppSettings {

QStringList recentFiles();
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
inline constexpr int kMaxRecentFiles = 8;

// "fr", "en", or empty to follow the system.
QString language();
void setLanguage(const QString &language);

} // namespace AppSettings
} // namespace hectare::ui
