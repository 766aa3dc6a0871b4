#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QRadioButton;

namespace lf {

/// Asks what a rep's rejection or a recycle needs: the reason (typed, or one of the usual ones),
/// and where a rejected lead goes (another rep, or back to marketing), or when a recycled lead is
/// looked at again and whether its engagement score starts afresh. OK stays disabled until a
/// reason is given.
class SalesFeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Reject, Recycle };
    SalesFeedbackDialog(Kind kind, const QString &leadName, QWidget *parent = nullptr);

    QString reason() const;
    /// Reject: back to marketing (nurturing, no owner) instead of to another rep.
    bool toMarketing() const;
    /// Recycle: the moment to look again (start of that day, local time); invalid = none.
    QDateTime until() const;
    /// Recycle: earlier touchpoints stop counting.
    bool resetScore() const;

    QComboBox *reasonBox() const { return m_reason; }
    QCheckBox *untilBox() const { return m_useUntil; }
    QDateEdit *untilEdit() const { return m_until; }
    QRadioButton *marketingButton() const { return m_toMarketing; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    Kind m_kind;
    QComboBox *m_reason = nullptr;
    QRadioButton *m_toRouting = nullptr;
    QRadioButton *m_toMarketing = nullptr;
    QCheckBox *m_useUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QCheckBox *m_reset = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lf
