#pragma once

#include "model/layout.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace hectare::ui {

// An obstacle's kind, name, size and rotation: for a new one (prefilled with its kind's usual
// size; changing the kind changes the size) and for Properties… of an existing one.
class ObstacleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Add, Edit };
    ObstacleDialog(const Obstacle &obstacle, Purpose purpose, QWidget *parent = nullptr);

    // The obstacle given, with what the dialog shows (its id, hall and centre pass through).
    Obstacle obstacle() const;
    void setObstacle(const Obstacle &obstacle);

private:
    void onKindChosen();

    Obstacle m_obstacle;
    Purpose m_purpose;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_depth = nullptr;
    QDoubleSpinBox *m_rotation = nullptr;
};

} // namespace hectare::ui
