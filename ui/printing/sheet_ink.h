#pragma once

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QPen>
#include <QRectF>
#include <QString>

class QPainter;

namespace hectare::ui {

// The translation context of everything printed on a plan sheet.
struct PlanSheetText
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::PlanSheet)
};

// Colours and pens on paper. Painter units are millimetres on paper (see drawPlanSheet), so pen
// widths are millimetres too and never cosmetic: a 0.35 mm outline is 0.35 mm at any resolution.
// In grayscale every colour becomes its luminance, so that a grey printer gets what the sheet
// shows rather than its own guess.
class SheetInk
{
public:
    explicit SheetInk(bool grayscale) : m_grayscale(grayscale) {}

    bool grayscale() const { return m_grayscale; }
    QColor colour(const QColor &colour) const;
    QPen pen(const QColor &colour, double widthMm, Qt::PenStyle style = Qt::SolidLine) const;

private:
    bool m_grayscale;
};

// Line widths on paper (ISO 128 series 0.13 … 0.7 mm, rounded to what prints cleanly).
inline constexpr double kFrameLineMm = 0.5;
inline constexpr double kOutlineLineMm = 0.35;
inline constexpr double kRackLineMm = 0.18;
inline constexpr double kThinLineMm = 0.13;
inline constexpr double kGridLineMm = 0.1;

// Text on paper, sized in millimetres (the font's em height). Text is laid out with a large
// reference font and scaled down, so that sizes and widths are exact at any resolution.
double textWidthMm(const QString &text, double sizeMm, bool bold = false);
double lineHeightMm(double sizeMm, bool bold = false);
QString elidedTextMm(const QString &text, double sizeMm, double widthMm, bool bold = false);
// Draws `text` in `boxMm` with Qt alignment `flags`, in the painter's current pen colour.
void drawTextMm(QPainter &painter, const QRectF &boxMm, int flags, const QString &text, double sizeMm,
                bool bold = false);

} // namespace hectare::ui
