#include "commands.h"
#include "text_table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <map>

namespace hectare::cli {
namespace {

struct HallCounts
{
    int rows = 0;
    int positions = 0;
    int occupied = 0;
    int reserved = 0;
    int blocked = 0;
};

std::map<Id, HallCounts> countByHall(const SiteModel &model)
{
    std::map<Id, HallCounts> counts;
    std::map<Id, Id> hallOfRow;
    for (const Row &row : model.rows) {
        hallOfRow[row.id] = row.hallId;
        ++counts[row.hallId].rows;
    }
    for (const Rack &rack : model.racks) {
        HallCounts &c = counts[hallOfRow[rack.rowId]];
        ++c.positions;
        c.occupied += rack.state == RackState::Occupied;
        c.reserved += rack.state == RackState::Reserved;
        c.blocked += rack.state == RackState::Blocked;
    }
    return counts;
}

} // namespace

int runInfo(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Shows the site, its halls and its plant."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("info"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("info takes at most one FILE"));
    const QString path = parser.positionalArguments().value(0);
    std::unique_ptr<Document> document = context.openDocument(path);
    if (!document)
        return kBadInput;
    const SiteModel &m = document->model();
    const std::map<Id, HallCounts> counts = countByHall(m);

    if (context.json) {
        QJsonArray halls;
        for (const Hall &hall : m.halls) {
            const HallCounts c = counts.count(hall.id) ? counts.at(hall.id) : HallCounts{};
            halls.append(QJsonObject{{QStringLiteral("name"), hall.name},
                                     {QStringLiteral("status"), toKey(hall.status)},
                                     {QStringLiteral("rows"), c.rows},
                                     {QStringLiteral("positions"), c.positions},
                                     {QStringLiteral("occupied"), c.occupied},
                                     {QStringLiteral("reserved"), c.reserved},
                                     {QStringLiteral("blocked"), c.blocked}});
        }
        const QJsonObject root{
            {QStringLiteral("file"), document->path().isEmpty() ? QJsonValue() : QJsonValue(document->path())},
            {QStringLiteral("sample"), path.isEmpty()},
            {QStringLiteral("readOnly"), document->isReadOnly()},
            {QStringLiteral("schemaVersion"), document->schemaVersion()},
            {QStringLiteral("site"), QJsonObject{{QStringLiteral("name"), m.site.name},
                                                 {QStringLiteral("location"), m.site.location},
                                                 {QStringLiteral("landAreaM2"), m.site.landAreaM2},
                                                 {QStringLiteral("currency"), m.site.currency},
                                                 {QStringLiteral("designAmbientC"), m.site.designAmbientC}}},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("buildings"), int(m.buildings.size())},
                                                   {QStringLiteral("halls"), int(m.halls.size())},
                                                   {QStringLiteral("rows"), int(m.rows.size())},
                                                   {QStringLiteral("racks"), int(m.racks.size())},
                                                   {QStringLiteral("tenants"), int(m.tenants.size())},
                                                   {QStringLiteral("contracts"), int(m.contracts.size())},
                                                   {QStringLiteral("pdus"), int(m.pdus.size())}}},
            {QStringLiteral("halls"), halls}};
        return writeOutput(QString(), QJsonDocument(root).toJson(), context) ? kOk : kBadInput;
    }

    const QLocale locale;
    QTextStream &out = context.out;
    out << m.site.name << '\n';
    out << CliContext::tr("Location:        %1").arg(m.site.location) << '\n';
    out << CliContext::tr("Land:            %1 m² (%2 ha)")
               .arg(locale.toString(m.site.landAreaM2, 'f', 0), locale.toString(m.site.landAreaM2 / 10000, 'f', 2))
        << '\n';
    out << CliContext::tr("Design ambient:  %1 °C").arg(locale.toString(m.site.designAmbientC, 'f', 1)) << '\n';
    out << CliContext::tr("Currency:        %1").arg(m.site.currency) << '\n';
    out << CliContext::tr("Document:        %1").arg(path.isEmpty() ? CliContext::tr("bundled sample site (in memory)")
                                                                     : document->path())
        << (document->isReadOnly() ? CliContext::tr(" (read-only)") : QString()) << '\n';
    out << CliContext::tr("Schema version:  %1").arg(document->schemaVersion()) << '\n';
    out << CliContext::tr("Contents:        %1 building(s), %2 hall(s), %3 rows, %4 rack positions, %5 tenants, "
                          "%6 contracts")
               .arg(m.buildings.size())
               .arg(m.halls.size())
               .arg(m.rows.size())
               .arg(m.racks.size())
               .arg(m.tenants.size())
               .arg(m.contracts.size())
        << "\n\n";

    TextTable table;
    using A = TextTable::Align;
    table.setHeader({CliContext::tr("Hall"), CliContext::tr("Status"), CliContext::tr("Rows"),
                     CliContext::tr("Positions"), CliContext::tr("Occupied"), CliContext::tr("Reserved"),
                     CliContext::tr("Blocked")},
                    {A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right});
    for (const Hall &hall : m.halls) {
        const HallCounts c = counts.count(hall.id) ? counts.at(hall.id) : HallCounts{};
        table.addRow({hall.name, toKey(hall.status), locale.toString(c.rows), locale.toString(c.positions),
                      locale.toString(c.occupied), locale.toString(c.reserved), locale.toString(c.blocked)});
    }
    table.print(out);
    if (!m.site.notes.isEmpty())
        out << '\n' << m.site.notes << '\n';
    return kOk;
}

} // namespace hectare::cli
