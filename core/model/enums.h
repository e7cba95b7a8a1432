#pragma once

#include <QString>

#include <optional>

namespace hectare {

enum class HallStatus { Planned, Built, Live };
enum class RackState { Free, Reserved, Occupied, Blocked };
enum class ContractStatus { Quoted, Reserved, Signed, Active, Ended };
// N: every unit needed; N+1 / N+2: one / two spare units; 2N: two complete sides (A and B).
enum class Redundancy { N, NPlus1, NPlus2, TwoN };
enum class AisleSide { Front, Back };   // which side of the row faces the cold aisle
enum class Containment { None, ColdAisle, HotAisle, Chimney };
enum class FeedPath { None, A, B };     // distribution path a PDU/RPP belongs to
// What stands on a hall's floor besides racks (drawn to scale, checked for clearances).
enum class ObstacleKind { Column, Wall, Door, Crah, Pdu, FireCylinder };
// A transfer switch (utility/generator) or a switchgear line-up on one distribution path.
enum class SwitchgearKind { Ats, Switchgear };
enum class ScenarioEventKind;   // failure_scenario_spec.h

// Stable, untranslated keys used in the file, the JSON and the CLI's --json output.
QString toKey(HallStatus v);
QString toKey(RackState v);
QString toKey(ContractStatus v);
QString toKey(Redundancy v);
QString toKey(AisleSide v);
QString toKey(Containment v);
QString toKey(FeedPath v);
QString toKey(ObstacleKind v);
QString toKey(SwitchgearKind v);
QString toKey(ScenarioEventKind v);

std::optional<HallStatus> hallStatusFromKey(const QString &key);
std::optional<RackState> rackStateFromKey(const QString &key);
std::optional<ContractStatus> contractStatusFromKey(const QString &key);
std::optional<Redundancy> redundancyFromKey(const QString &key);
std::optional<AisleSide> aisleSideFromKey(const QString &key);
std::optional<Containment> containmentFromKey(const QString &key);
std::optional<FeedPath> feedPathFromKey(const QString &key);
std::optional<ObstacleKind> obstacleKindFromKey(const QString &key);
std::optional<SwitchgearKind> switchgearKindFromKey(const QString &key);
std::optional<ScenarioEventKind> scenarioEventKindFromKey(const QString &key);

// Translated names for people.
QString displayName(RackState v);
QString displayName(ContractStatus v);
QString displayName(Redundancy v);
QString displayName(ObstacleKind v);

} // namespace hectare
