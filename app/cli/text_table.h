#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace hectare::cli {

// A plain-text table with aligned columns: text columns left-aligned, numbers right-aligned.
class TextTable
{
public:
    enum class Align { Left, Right };

    void setHeader(const QStringList &header, const std::vector<Align> &align);
    void addRow(const QStringList &cells);
    void print(QTextStream &out) const;

private:
    QStringList m_header;
    std::vector<Align> m_align;
    std::vector<QStringList> m_rows;
};

} // namespace hectare::cli
