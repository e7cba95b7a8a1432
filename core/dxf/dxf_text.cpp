#include "dxf_text.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace hectare {

std::string toDxfText(const QString &text)
{
    std::string out;
    out.reserve(size_t(text.size()));
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20)
            out += ' ';   // a line break would end the group value
        else if (c < 0x80)
            out += char(c);
        else if (c <= 0xFFFF)
            out += QStringLiteral("\\U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper().toStdString();
        else
            out += '?';   // outside the Basic Multilingual Plane: DXF has no escape for it
    }
    return out;
}

QString fromDxfText(const std::string &text)
{
    const QByteArray bytes = QByteArray::fromStdString(text);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString decoded = utf8.decode(bytes);
    if (utf8.hasError())   // an R2000 file in its code page, most often Windows-1252 (close enough to Latin-1)
        decoded = QString::fromLatin1(bytes);
    static const QRegularExpression escape(QStringLiteral("\\\\[Uu]\\+([0-9A-Fa-f]{4})"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = escape.globalMatch(decoded);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(decoded).mid(last, match.capturedStart() - last);
        result += QChar(char16_t(match.captured(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    result += QStringView(decoded).mid(last);
    return result;
}

} // namespace hectare
