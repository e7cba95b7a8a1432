#include "tier3_findings_model.h"

#include "check_status_colours.h"
#include "tier3_finding_text.h"
#include "topology_text.h"

#include "session/document_session.h"

#include "reliability/tier3_text.h"

#include <QFont>

namespace hectare::ui {
namespace {

using reliability::CompiledSite;
using reliability::Tier3Component;
using reliability::Tier3Finding;

constexpr quintptr kSectionRow = 0;   // internalId of a section's row; an entry's is its section + 1

using Section = Tier3FindingsModel::Section;

// The generators and the fuel are one check each: the section's row is the entry.
bool isSingleCheck(int section) { return section == int(Section::Generators) || section == int(Section::Fuel); }

void setComponent(Tier3FindingsModel::Entry &e, const CompiledSite &site, const Tier3Component &c)
{
    switch (c.kind) {
    case Tier3Component::Kind::Unit:
        if (c.index >= 0 && std::size_t(c.index) < site.units.size()) {
            const reliability::UnitRef &ref = site.units[std::size_t(c.index)];
            e.kind = ref.kind;
            e.componentId = ref.componentId;
            e.member = ref.member;
        }
        break;
    case Tier3Component::Kind::Path:
        if (c.index >= 0 && std::size_t(c.index) < site.pathPdu.size()) {
            e.kind = QLatin1String(componentKinds::kPath);
            e.componentId = site.pathPdu[std::size_t(c.index)];
        }
        break;
    case Tier3Component::Kind::Side:
        e.kind = QLatin1String(componentKinds::kSide);
        e.member = c.side == reliability::Side::A ? 1 : 2;
        break;
    }
}

Tier3FindingsModel::Entry findingEntry(const CompiledSite &site, const SiteModel &model, const Tier3Finding &f,
                                       CheckStatus status)
{
    Tier3FindingsModel::Entry e;
    setComponent(e, site, f.component);
    e.loads = droppedLoads(f);
    e.status = status;
    e.component = findingComponentName(site, f.component);
    e.drops = findingDropsText(site, model, e.loads);
    e.kw = topologyKw(f.droppedKw());
    e.loss = findingLossText(f.drops);
    e.why = findingWhyText(site, f);
    e.sentence = findingSentence(site, f);
    return e;
}

} // namespace

Tier3FindingsModel::Tier3FindingsModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_sections.resize(std::size_t(Section::Count));
    rebuild();
}

Tier3FindingsModel::~Tier3FindingsModel() = default;

void Tier3FindingsModel::setAnalysis(ReliabilityAnalysis *analysis)
{
    if (m_analysis)
        disconnect(m_analysis, nullptr, this, nullptr);
    m_analysis = analysis;
    if (m_analysis)
        connect(m_analysis, &ReliabilityAnalysis::changed, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    beginResetModel();
    rebuild();
    endResetModel();
}

void Tier3FindingsModel::rebuild()
{
    for (SectionRows &s : m_sections)
        s = SectionRows{};
    const bool valid = m_analysis && m_analysis->isValid() && m_analysis->session();
    if (valid) {
        const CompiledSite &site = m_analysis->site();
        const SiteModel &model = m_analysis->session()->model();
        const reliability::Tier3Report &r = m_analysis->report();
        auto &violations = m_sections[std::size_t(Section::Violations)].entries;
        for (const Tier3Finding &f : r.violations)
            violations.push_back(findingEntry(site, model, f, CheckStatus::Violation));
        auto &spofs = m_sections[std::size_t(Section::SinglePointsOfFailure)].entries;
        for (const Tier3Finding &f : r.singlePointsOfFailure)
            spofs.push_back(findingEntry(site, model, f,
                                         f.singleCordedOnly ? CheckStatus::SingleCordedOnly : CheckStatus::SinglePointOfFailure));
        auto &singleCorded = m_sections[std::size_t(Section::SingleCorded)].entries;
        for (const Tier3Finding &f : r.singleCorded)
            singleCorded.push_back(findingEntry(site, model, f, CheckStatus::SingleCordedOnly));

        for (const reliability::Tier3Shortfall &s : r.overloadedGroups) {
            Entry e;
            e.kind = site.groups[std::size_t(s.group)].kind;
            e.componentId = site.groups[std::size_t(s.group)].componentId;
            e.loads = m_analysis->loadsBehindGroup(s.group);
            e.status = CheckStatus::Overloaded;
            e.component = site.network.groups[std::size_t(s.group)].name;
            e.drops = findingDropsText(site, model, e.loads);
            e.kw = topologyKw(loadsKw(site, e.loads));
            e.why = shortfallText(site, s);
            e.sentence = e.component + QStringLiteral(": ") + e.why;
            m_sections[std::size_t(Section::Overloaded)].entries.push_back(std::move(e));
        }

        const reliability::Tier3GeneratorCheck &gen = r.generators;
        Entry g;
        if (gen.present && gen.group >= 0) {
            g.kind = site.groups[std::size_t(gen.group)].kind;
            g.componentId = site.groups[std::size_t(gen.group)].componentId;
            g.component = site.network.groups[std::size_t(gen.group)].name;
        } else {
            g.component = tr("Generators");
        }
        g.status = gen.passed ? CheckStatus::Ok : CheckStatus::Violation;
        g.why = reliability::tier3GeneratorText(gen, &site.network);
        g.sentence = g.why;
        m_sections[std::size_t(Section::Generators)].entries.push_back(g);

        Entry fuel = g;   // fuel belongs to the generators: selecting it shows them
        fuel.component = tr("Fuel tanks");
        fuel.status = r.fuel.passed ? CheckStatus::Ok : CheckStatus::Violation;
        fuel.why = reliability::tier3FuelText(r.fuel);
        fuel.sentence = fuel.why;
        m_sections[std::size_t(Section::Fuel)].entries.push_back(fuel);
    }

    for (int s = 0; s < int(Section::Count); ++s) {
        SectionRows &rows = m_sections[std::size_t(s)];
        CheckStatus status = valid ? CheckStatus::Ok : CheckStatus::NoCheck;
        for (const Entry &e : rows.entries)
            status = worse(status, e.status);
        rows.status = status;
        rows.title = sectionTitle(Section(s), rows);
    }
}

QString Tier3FindingsModel::sectionTitle(Section section, const SectionRows &rows) const
{
    const int count = int(rows.entries.size());
    const bool passed = rows.status == CheckStatus::Ok;
    switch (section) {
    case Section::Violations: return tr("Maintenance violations (%n)", nullptr, count);
    case Section::SinglePointsOfFailure: return tr("Single points of failure (%n)", nullptr, count);
    case Section::SingleCorded: return tr("Single-corded loads (%n)", nullptr, count);
    case Section::Overloaded: return tr("Groups short with every unit in (%n)", nullptr, count);
    case Section::Generators: return passed ? tr("Generators N+1: passed") : tr("Generators N+1: failed");
    case Section::Fuel: return passed ? tr("Fuel autonomy: passed") : tr("Fuel autonomy: failed");
    case Section::Count: break;
    }
    return {};
}

const Tier3FindingsModel::Entry *Tier3FindingsModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == kSectionRow) {
        const SectionRows &rows = m_sections[std::size_t(index.row())];
        return isSingleCheck(index.row()) && !rows.entries.empty() ? &rows.entries.front() : nullptr;
    }
    const SectionRows &rows = m_sections[std::size_t(index.internalId() - 1)];
    return std::size_t(index.row()) < rows.entries.size() ? &rows.entries[std::size_t(index.row())] : nullptr;
}

QModelIndex Tier3FindingsModel::sectionIndex(Section section) const { return index(int(section), 0); }

int Tier3FindingsModel::entryCount(Section section) const { return int(m_sections[std::size_t(section)].entries.size()); }

QModelIndex Tier3FindingsModel::indexOfComponent(const QString &kind, Id componentId, int member) const
{
    for (Section s : {Section::Violations, Section::Overloaded, Section::SingleCorded, Section::SinglePointsOfFailure,
                      Section::Generators, Section::Fuel}) {
        const std::vector<Entry> &entries = m_sections[std::size_t(s)].entries;
        for (std::size_t r = 0; r < entries.size(); ++r) {
            const Entry &e = entries[r];
            if (e.kind == kind && e.componentId == componentId && (member == 0 || e.member == member))
                return isSingleCheck(int(s)) ? sectionIndex(s) : index(int(r), 0, sectionIndex(s));
        }
    }
    return {};
}

QModelIndex Tier3FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_sections.size()) ? createIndex(row, column, kSectionRow) : QModelIndex();
    if (parent.internalId() != kSectionRow || row >= int(m_sections[std::size_t(parent.row())].entries.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex Tier3FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionRow);
}

int Tier3FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != kSectionRow || parent.column() != 0 || isSingleCheck(parent.row()))
        return 0;
    return int(m_sections[std::size_t(parent.row())].entries.size());
}

int Tier3FindingsModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant Tier3FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSectionRow) {
        const SectionRows &rows = m_sections[std::size_t(index.row())];
        if (index.column() == WhyColumn && role == Qt::DisplayRole && isSingleCheck(index.row()) && !rows.entries.empty())
            return rows.entries.front().why;
        if (index.column() == WhyColumn && role == Qt::ToolTipRole && isSingleCheck(index.row()) && !rows.entries.empty())
            return rows.entries.front().sentence;
        if (index.column() != ComponentColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole: return rows.title;
        case Qt::DecorationRole: return checkStatusColours::fill(rows.status);
        case Qt::ToolTipRole: return checkStatusName(rows.status);
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        default: return {};
        }
    }
    const Entry *e = entryAt(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ComponentColumn: return e->component;
        case DropsColumn: return e->drops;
        case KwColumn: return e->kw;
        case LossColumn: return e->loss;
        case WhyColumn: return e->why;
        default: return {};
        }
    case Qt::DecorationRole: return index.column() == ComponentColumn ? QVariant(checkStatusColours::fill(e->status)) : QVariant();
    case Qt::ToolTipRole: return QString(e->sentence + QLatin1Char('\n') + checkStatusName(e->status));
    case Qt::TextAlignmentRole:
        return index.column() == KwColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant Tier3FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComponentColumn: return tr("Component");
    case DropsColumn: return tr("Drops");
    case KwColumn: return tr("kW");
    case LossColumn: return tr("Loses");
    case WhyColumn: return tr("Why");
    default: return {};
    }
}

} // namespace hectare::ui
