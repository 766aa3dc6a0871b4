#include <QTest>

class TestBacktest : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
