#include "text_table.h"

#include <algorithm>

namespace hectare::cli {

void TextTable::setHeader(const QStringList &header, const std::vector<Align> &align)
{
    m_header = header;
    m_align = align;
}

void TextTable::addRow(const QStringList &cells) { m_rows.push_back(cells); }

void TextTable::print(QTextStream &out) const
{
    std::vector<qsizetype> widths(m_header.size(), 0);
    auto measure = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < qsizetype(widths.size()); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < qsizetype(widths.size()); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            const bool right = i < qsizetype(m_align.size()) && m_align[i] == Align::Right;
            if (i > 0)
                line += QStringLiteral("  ");
            line += right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    };
    printRow(m_header);
    qsizetype total = 0;
    for (qsizetype w : widths)
        total += w;
    out << QString(total + 2 * (qsizetype(widths.size()) - 1), QLatin1Char('-')) << '\n';
    for (const QStringList &row : m_rows)
        printRow(row);
}

} // namespace hectare::cli
