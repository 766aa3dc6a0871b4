#pragma once

#include "domain/lead.h"
#include "domain/stage.h"
#include "leads/leadquery.h"
#include "util/result.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListView;
class QMimeData;
class QScrollArea;
class QTimer;

namespace lf {

class Database;
class LeadActions;
class LeadService;

/// The leads of one stage, best score first, for one column of the pipeline board. Loads one page
/// at a time through LeadService::list (a stage may hold a million leads: never all of them);
/// fetchMore() appends the next page. Cards can be dragged: mimeData() carries the leads' ids and
/// the stage they come from (PipelineColumnModel::MimeType).
///
/// The service is not owned and must outlive the model. Use the model on the service's thread.
class PipelineColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        LeadIdRole = Qt::UserRole + 1, ///< qint64
        NameRole, ///< QString, the lead's display name
        CompanyRole, ///< QString
        ScoreRole, ///< qint64, or null when unscored
        GradeRole, ///< QString ("A".."D"), or empty
        OwnerRole, ///< QString, the owner's name; empty when unassigned
        ValueRole, ///< QString, the formatted deal value; empty when none
        ValueMinorRole, ///< qint64 minor units, or null
        StageRole, ///< QString, the stage key
    };

    /// MIME type of dragged cards: JSON {"from": "<stage key>", "ids": [1, 2]}.
    static inline const QString MimeType = QStringLiteral("application/x-leadflow-pipeline-cards");
    static constexpr int DefaultPageSize = 25;

    PipelineColumnModel(LeadService *service, Stage stage, QObject *parent = nullptr);

    Stage stage() const { return m_stage; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Only the leads of this owner (0 = everyone). Takes effect on the next reload().
    void setOwnerFilter(qint64 userId) { m_ownerId = userId; }
    /// Names shown for owner ids. Takes effect on the next reload().
    void setOwnerNames(const QHash<qint64, QString> &names) { m_ownerNames = names; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    /// Counts the stage's leads and reads the first page again; with keepShown, at least as many
    /// rows as are shown now (so "Show more" survives a refresh). Returns false on a failed query
    /// (lastError()).
    bool reload(bool keepShown = true);

    /// How many leads the stage holds (under the owner filter), shown or not.
    qint64 totalCount() const { return m_total; }
    /// Sum of the deal values of the leads shown, minor units.
    qint64 shownValue() const { return m_shownValue; }
    /// The currency of the values shown, when they share one (else empty).
    QString shownCurrency() const { return m_currency; }
    Lead leadAt(int row) const { return m_leads.value(row); }
    int rowOfLead(qint64 id) const;
    std::optional<Error> lastError() const { return m_lastError; }

    /// The stage and ids of dragged cards, when mime holds them.
    struct Drag
    {
        Stage from = Stage::New;
        QList<qint64> ids;
    };
    static std::optional<Drag> decode(const QMimeData *mime);

signals:
    void loaded();

private:
    LeadQuery query(qint64 offset, qint64 limit) const;
    void recompute();

    LeadService *m_service;
    Stage m_stage;
    qint64 m_ownerId = 0;
    int m_pageSize = DefaultPageSize;
    QHash<qint64, QString> m_ownerNames;
    QList<Lead> m_leads;
    qint64 m_total = 0;
    qint64 m_shownValue = 0;
    QString m_currency;
    std::optional<Error> m_lastError;
    bool m_notifying = false; ///< emitting a change: no fetching until it is delivered
};

/// The pipeline as a Kanban board: one column per stage in funnel order, the closed stages (won,
/// lost, disqualified) last and collapsible. Each column shows its count, the value of the cards
/// shown, and cards of its best-scored leads, a page at a time.
///
/// Dragging cards onto another column moves them there through LeadActions (so lifecycle, reasons,
/// BANT and undo are the same as everywhere); columns the lifecycle does not allow refuse the drop
/// and are dimmed while the drag lasts. Without a mouse: Ctrl+Shift+Right / Ctrl+Shift+Left move
/// the current card to the next / previous stage it may go to, the context menu (or Shift+F10 /
/// the menu key) offers "Move to", Enter opens the lead.
///
/// The database and the actions are not owned and must outlive the board.
class PipelineBoard : public QWidget
{
    Q_OBJECT

public:
    /// Asks for the reason of a move to stage (lost, disqualified), offering choices; nullopt when
    /// the user cancels.
    using ReasonProvider =
        std::function<std::optional<QString>(Stage stage, const QStringList &choices)>;

    PipelineBoard(Database &database, LeadActions *actions, QWidget *parent = nullptr);
    ~PipelineBoard() override;

    /// The stages in board order: open ones in funnel order, then won, lost, disqualified.
    static QList<Stage> boardStages();

    PipelineColumnModel *columnModel(Stage stage) const;
    QListView *columnView(Stage stage) const;
    /// The column that holds a stage's header, cards and "Show more" (the drop target).
    QWidget *columnWidget(Stage stage) const;

    /// Replaces how reasons are asked for. Unset, LeadActions asks with its own dialog.
    void setReasonProvider(ReasonProvider provider) { m_reasonProvider = std::move(provider); }

    /// Whether every dragged lead may move to `to` (false for data that is not cards).
    bool canDrop(const QMimeData *mime, Stage to) const;
    /// Moves the dragged leads to `to`, asking for a reason where one is needed. Returns true when
    /// leads moved; a refused or cancelled move changes nothing and shows why above the columns.
    bool dropLeads(const QMimeData *mime, Stage to);
    /// Moves leads through LeadActions (see dropLeads()); the cards follow on success.
    bool moveLeads(const QList<qint64> &ids, Stage from, Stage to);
    /// Moves the current card to the next (+1) or previous (-1) column its stage may go to.
    bool moveCurrentCard(int direction);

    /// The last message shown above the columns (a refused move, a failed load); empty if none.
    QString message() const;

public slots:
    /// Reads every column again (counts and the pages shown).
    void refresh();
    /// Only leads of this user (0 = everyone).
    void setOwnerFilter(qint64 userId);

signals:
    void openLead(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column;
    void buildColumn(Stage stage, QWidget *container);
    void loadOwners();
    void updateHeader(Column &column);
    void setDragSource(std::optional<Stage> from);
    void showMessage(const QString &text);
    void showContextMenu(Column &column, const QPoint &pos);
    void setCollapsed(Column &column, bool collapsed);
    void selectLead(Stage stage, qint64 id);
    Column *columnFor(Stage stage) const;
    Column *columnOfView(const QObject *view) const;
    std::optional<Stage> nextTarget(Stage from, int direction) const;

    Database &m_database;
    LeadActions *m_actions;
    std::unique_ptr<LeadService> m_service;
    std::vector<std::unique_ptr<Column>> m_columns;
    ReasonProvider m_reasonProvider;
    qint64 m_ownerId = 0;
    QComboBox *m_ownerCombo = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QTimer *m_pendingRefresh = nullptr; ///< coalesces change signals into one reload
};

} // namespace lf
