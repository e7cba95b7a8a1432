#include "outline_text.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hectare {

QString outlineToText(const std::vector<PointM> &outline)
{
    QJsonArray points;
    for (const PointM &p : outline)
        points.append(QJsonArray{p.x, p.y});
    return QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
}

std::optional<std::vector<PointM>> outlineFromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    std::vector<PointM> outline;
    for (const QJsonValue &value : document.array()) {
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
            return std::nullopt;
        outline.push_back({pair[0].toDouble(), pair[1].toDouble()});
    }
    return outline;
}

} // namespace hectare
