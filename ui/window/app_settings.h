#pragma once

#include <QStringList>

namespace hectare::ui {

// What the desktop remembers between runs (QSettings): recent files, the language choice and
// whether the plan editor snaps to the floor tiles.
namespace AppSettings {

QStringList recentFiles();
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
inline constexpr int kMaxRecentFiles = 8;

// "fr", "en", or empty to follow the system.
QString language();
void setLanguage(const QString &language);

// Plan → Snap to Floor Tiles; on unless the user turned it off.
bool snapToGrid();
void setSnapToGrid(bool on);

} // namespace AppSettings
} // namespace hectare::ui
