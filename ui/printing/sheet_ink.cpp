#include "sheet_ink.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

namespace hectare::ui {
namespace {

constexpr int kReferencePx = 100;   // the reference font's size; text is scaled from it

QFont referenceFont(bool bold)
{
    QFont font = QGuiApplication::font();
    // The family actually used ("DejaVu Sans", not the alias "Sans Serif"), so that an SVG names a
    // font that other programs can find.
    font.setFamily(QFontInfo(font).family());
    font.setPixelSize(kReferencePx);
    font.setBold(bold);
    // Hinting snaps glyphs to whole reference pixels; scaled down, that would shift widths.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

const QFont &font(bool bold)
{
    static const QFont regular = referenceFont(false);
    static const QFont heavy = referenceFont(true);
    return bold ? heavy : regular;
}

const QFontMetricsF &metrics(bool bold)
{
    static const QFontMetricsF regular(font(false));
    static const QFontMetricsF heavy(font(true));
    return bold ? heavy : regular;
}

} // namespace

QColor SheetInk::colour(const QColor &colour) const
{
    if (!m_grayscale)
        return colour;
    const int grey = qGray(colour.rgb());
    return QColor(grey, grey, grey, colour.alpha());
}

QPen SheetInk::pen(const QColor &c, double widthMm, Qt::PenStyle style) const
{
    QPen pen(colour(c), widthMm, style, Qt::FlatCap, Qt::MiterJoin);
    pen.setCosmetic(false);
    return pen;
}

double textWidthMm(const QString &text, double sizeMm, bool bold)
{
    return metrics(bold).horizontalAdvance(text) * sizeMm / kReferencePx;
}

double lineHeightMm(double sizeMm, bool bold)
{
    return metrics(bold).height() * sizeMm / kReferencePx;
}

QString elidedTextMm(const QString &text, double sizeMm, double widthMm, bool bold)
{
    if (sizeMm <= 0)
        return {};
    return metrics(bold).elidedText(text, Qt::ElideRight, widthMm * kReferencePx / sizeMm);
}

void drawTextMm(QPainter &painter, const QRectF &boxMm, int flags, const QString &text, double sizeMm, bool bold)
{
    if (text.isEmpty() || sizeMm <= 0)
        return;
    const double k = sizeMm / kReferencePx;
    painter.save();
    painter.translate(boxMm.topLeft());
    painter.scale(k, k);
    painter.setFont(font(bold));
    painter.drawText(QRectF(0, 0, boxMm.width() / k, boxMm.height() / k), flags, text);
    painter.restore();
}

} // namespace hectare::ui
