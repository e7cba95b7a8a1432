#pragma once

#include <QString>

#include <string>

namespace hectare {

// Text in a DXF R2000 file is in the drawing's code page; anything beyond ASCII is written as
// \U+XXXX, which every CAD program (and ezdxf) reads back as the character. Newer files (R2007
// and later) are UTF-8. Names like "Salle Équipement" survive both ways.
std::string toDxfText(const QString &text);
QString fromDxfText(const std::string &text);

} // namespace hectare
