#include "quote_pdf_text.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <array>

namespace hectare::ui {
namespace {

// Text is laid out in a 100 px reference font and scaled down, so that widths on paper are the
// same at any resolution (as sheet_ink.cpp does for plans).
constexpr int kReferencePx = 100;

QFont referenceFont(bool bold, bool italic)
{
    QFont font = QGuiApplication::font();
    font.setFamily(QFontInfo(font).family());
    font.setPixelSize(kReferencePx);
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    // Any letter spacing turns ligatures off (Qt 6.4 has no QFont::setFeature): "fi" stays two
    // letters, so that text copied or searched in the PDF reads "fixed", not "ﬁxed". 1/32 px of
    // the 100 px reference is a thousandth of a millimetre on paper.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32);
    return font;
}

int styleIndex(const PaperFont &font) { return (font.bold ? 1 : 0) + (font.italic ? 2 : 0); }

const QFont &fontFor(const PaperFont &font)
{
    static const std::array<QFont, 4> fonts{referenceFont(false, false), referenceFont(true, false),
                                            referenceFont(false, true), referenceFont(true, true)};
    return fonts[styleIndex(font)];
}

const QFontMetricsF &metricsFor(const PaperFont &font)
{
    static const std::array<QFontMetricsF, 4> metrics{
        QFontMetricsF(fontFor({0, false, false})), QFontMetricsF(fontFor({0, true, false})),
        QFontMetricsF(fontFor({0, false, true})), QFontMetricsF(fontFor({0, true, true}))};
    return metrics[styleIndex(font)];
}

double scaleOf(const PaperFont &font) { return font.sizeMm / kReferencePx; }

} // namespace

double paperTextWidthMm(const QString &text, const PaperFont &font)
{
    return metricsFor(font).horizontalAdvance(text) * scaleOf(font);
}

double paperLineHeightMm(const PaperFont &font)
{
    return metricsFor(font).height() * scaleOf(font);
}

double paperTextHeightMm(const QString &text, const PaperFont &font, double widthMm)
{
    if (text.isEmpty())
        return 0;
    const double k = scaleOf(font);
    const QRectF bounds = metricsFor(font).boundingRect(QRectF(0, 0, widthMm / k, 1e6),
                                                        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    return bounds.height() * k;
}

QString elidedPaperText(const QString &text, const PaperFont &font, double widthMm)
{
    return metricsFor(font).elidedText(text, Qt::ElideRight, widthMm / scaleOf(font));
}

void drawPaperText(QPainter &painter, const QRectF &boxMm, int flags, const QString &text, const PaperFont &font)
{
    if (text.isEmpty() || font.sizeMm <= 0)
        return;
    const double k = scaleOf(font);
    painter.save();
    painter.translate(boxMm.topLeft());
    painter.scale(k, k);
    painter.setFont(fontFor(font));
    painter.drawText(QRectF(0, 0, boxMm.width() / k, boxMm.height() / k), flags, text);
    painter.restore();
}

} // namespace hectare::ui
