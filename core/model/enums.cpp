#include "enums.h"

#include "failure_scenario_spec.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace hectare {
namespace {

template<typename E, std::size_t N>
QString keyOf(E v, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[e, key] : table)
        if (e == v)
            return QString::fromLatin1(key);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const QString &key, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[e, k] : table)
        if (key == QLatin1String(k))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<HallStatus, const char *>, 3> kHallStatus{
    {{HallStatus::Planned, "planned"}, {HallStatus::Built, "built"}, {HallStatus::Live, "live"}}};
constexpr std::array<std::pair<RackState, const char *>, 4> kRackState{{{RackState::Free, "free"},
                                                                        {RackState::Reserved, "reserved"},
                                                                        {RackState::Occupied, "occupied"},
                                                                        {RackState::Blocked, "blocked"}}};
constexpr std::array<std::pair<ContractStatus, const char *>, 5> kContractStatus{
    {{ContractStatus::Quoted, "quoted"},
     {ContractStatus::Reserved, "reserved"},
     {ContractStatus::Signed, "signed"},
     {ContractStatus::Active, "active"},
     {ContractStatus::Ended, "ended"}}};
constexpr std::array<std::pair<Redundancy, const char *>, 4> kRedundancy{{{Redundancy::N, "N"},
                                                                          {Redundancy::NPlus1, "N+1"},
                                                                          {Redundancy::NPlus2, "N+2"},
                                                                          {Redundancy::TwoN, "2N"}}};
constexpr std::array<std::pair<AisleSide, const char *>, 2> kAisleSide{
    {{AisleSide::Front, "front"}, {AisleSide::Back, "back"}}};
constexpr std::array<std::pair<Containment, const char *>, 4> kContainment{{{Containment::None, "none"},
                                                                            {Containment::ColdAisle, "cold-aisle"},
                                                                            {Containment::HotAisle, "hot-aisle"},
                                                                            {Containment::Chimney, "chimney"}}};
constexpr std::array<std::pair<FeedPath, const char *>, 3> kFeedPath{
    {{FeedPath::None, "none"}, {FeedPath::A, "A"}, {FeedPath::B, "B"}}};
constexpr std::array<std::pair<ObstacleKind, const char *>, 6> kObstacleKind{{{ObstacleKind::Column, "column"},
                                                                             {ObstacleKind::Wall, "wall"},
                                                                             {ObstacleKind::Door, "door"},
                                                                             {ObstacleKind::Crah, "crah"},
                                                                             {ObstacleKind::Pdu, "pdu"},
                                                                             {ObstacleKind::FireCylinder, "fire-cylinder"}}};
constexpr std::array<std::pair<SwitchgearKind, const char *>, 2> kSwitchgearKind{
    {{SwitchgearKind::Ats, "ats"}, {SwitchgearKind::Switchgear, "switchgear"}}};
constexpr std::array<std::pair<ScenarioEventKind, const char *>, 4> kScenarioEventKind{
    {{ScenarioEventKind::GridOutage, "grid-outage"},
     {ScenarioEventKind::ComponentFails, "component-fails"},
     {ScenarioEventKind::ComponentInMaintenance, "component-in-maintenance"},
     {ScenarioEventKind::GeneratorFailsToStart, "generator-fails-to-start"}}};

} // namespace

QString toKey(HallStatus v) { return keyOf(v, kHallStatus); }
QString toKey(RackState v) { return keyOf(v, kRackState); }
QString toKey(ContractStatus v) { return keyOf(v, kContractStatus); }
QString toKey(Redundancy v) { return keyOf(v, kRedundancy); }
QString toKey(AisleSide v) { return keyOf(v, kAisleSide); }
QString toKey(Containment v) { return keyOf(v, kContainment); }
QString toKey(FeedPath v) { return keyOf(v, kFeedPath); }
QString toKey(ObstacleKind v) { return keyOf(v, kObstacleKind); }
QString toKey(SwitchgearKind v) { return keyOf(v, kSwitchgearKind); }
QString toKey(ScenarioEventKind v) { return keyOf(v, kScenarioEventKind); }

std::optional<HallStatus> hallStatusFromKey(const QString &key) { return fromKey(key, kHallStatus); }
std::optional<RackState> rackStateFromKey(const QString &key) { return fromKey(key, kRackState); }
std::optional<ContractStatus> contractStatusFromKey(const QString &key) { return fromKey(key, kContractStatus); }
std::optional<Redundancy> redundancyFromKey(const QString &key) { return fromKey(key, kRedundancy); }
std::optional<AisleSide> aisleSideFromKey(const QString &key) { return fromKey(key, kAisleSide); }
std::optional<Containment> containmentFromKey(const QString &key) { return fromKey(key, kContainment); }
std::optional<FeedPath> feedPathFromKey(const QString &key) { return fromKey(key, kFeedPath); }
std::optional<ObstacleKind> obstacleKindFromKey(const QString &key) { return fromKey(key, kObstacleKind); }
std::optional<SwitchgearKind> switchgearKindFromKey(const QString &key) { return fromKey(key, kSwitchgearKind); }
std::optional<ScenarioEventKind> scenarioEventKindFromKey(const QString &key)
{
    return fromKey(key, kScenarioEventKind);
}

QString displayName(RackState v)
{
    switch (v) {
    case RackState::Free: return QCoreApplication::translate("hectare::Enums", "free");
    case RackState::Reserved: return QCoreApplication::translate("hectare::Enums", "reserved");
    case RackState::Occupied: return QCoreApplication::translate("hectare::Enums", "occupied");
    case RackState::Blocked: return QCoreApplication::translate("hectare::Enums", "blocked");
    }
    return {};
}

QString displayName(ContractStatus v)
{
    switch (v) {
    case ContractStatus::Quoted: return QCoreApplication::translate("hectare::Enums", "quoted");
    case ContractStatus::Reserved: return QCoreApplication::translate("hectare::Enums", "reserved");
    case ContractStatus::Signed: return QCoreApplication::translate("hectare::Enums", "signed");
    case ContractStatus::Active: return QCoreApplication::translate("hectare::Enums", "active");
    case ContractStatus::Ended: return QCoreApplication::translate("hectare::Enums", "ended");
    }
    return {};
}

QString displayName(Redundancy v) { return toKey(v); }

QString displayName(ObstacleKind v)
{
    switch (v) {
    case ObstacleKind::Column: return QCoreApplication::translate("hectare::Enums", "column");
    case ObstacleKind::Wall: return QCoreApplication::translate("hectare::Enums", "wall");
    case ObstacleKind::Door: return QCoreApplication::translate("hectare::Enums", "door");
    case ObstacleKind::Crah: return QCoreApplication::translate("hectare::Enums", "CRAH/CRAC unit");
    case ObstacleKind::Pdu: return QCoreApplication::translate("hectare::Enums", "PDU/RPP");
    case ObstacleKind::FireCylinder: return QCoreApplication::translate("hectare::Enums", "fire-suppression cylinder");
    }
    return {};
}

} // namespace hectare
