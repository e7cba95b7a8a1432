#pragma once

// Text on a quote's pages, sized in millimetres of paper like the plan sheets' text
// (printing/sheet_ink.h), with the italics and word wrapping that a letter needs.

#include <QRectF>
#include <QString>

class QPainter;

namespace hectare::ui {

struct PaperFont
{
    double sizeMm = 3.2;   // the em height: 3.2 mm ≈ 9 pt
    bool bold = false;
    bool italic = false;
};

double paperTextWidthMm(const QString &text, const PaperFont &font);
double paperLineHeightMm(const PaperFont &font);
// The height of `text` wrapped at word boundaries to `widthMm`.
double paperTextHeightMm(const QString &text, const PaperFont &font, double widthMm);
QString elidedPaperText(const QString &text, const PaperFont &font, double widthMm);
// Draws `text` in `boxMm` with Qt alignment `flags` (add Qt::TextWordWrap to wrap), in the pen's colour.
void drawPaperText(QPainter &painter, const QRectF &boxMm, int flags, const QString &text, const PaperFont &font);

} // namespace hectare::ui
