#pragma once

// The worker thread a Job runs its work on (file import and export, the sync). Declare it as the job's last member:
// members go in reverse order, so it is stopped and joined before anything the work uses is destroyed.

#include <QThread>

#include <atomic>
#include <functional>

namespace territori {

class WorkerThread
{
public:
    WorkerThread() = default;
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;
    ~WorkerThread()
    {
        m_stop = true;
        if (m_thread) {
            m_thread->wait();
            delete m_thread;
        }
    }

    // Runs `work` once on a new thread; later calls do nothing.
    void start(std::function<void()> work, const QString &name)
    {
        if (m_thread)
            return;
        m_thread = QThread::create(std::move(work));
        m_thread->setObjectName(name);
        m_thread->start();
    }
    // The flag the work polls to stop early; set by requestStop() and when the job goes.
    void requestStop() { m_stop = true; }
    const std::atomic_bool *stopFlag() const { return &m_stop; }

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop{false};
};

} // namespace territori
