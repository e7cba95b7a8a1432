#pragma once

#include "model/hall.h"

#include <QString>

#include <optional>
#include <vector>

namespace hectare {

// A hall outline is stored as compact JSON text, [[x, y], …] in metres.
QString outlineToText(const std::vector<PointM> &outline);
std::optional<std::vector<PointM>> outlineFromText(const QString &text);

} // namespace hectare
