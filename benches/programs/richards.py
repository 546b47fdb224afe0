# Measures: method calls, attribute access and linked-list manipulation (Richards OS task scheduler simulation).
import sys

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
BUFSIZE_RANGE = range(BUFSIZE)


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class DeviceRec:
    def __init__(self):
        self.pending = None


class IdleRec:
    def __init__(self, count):
        self.control = 1
        self.count = count


class HandlerRec:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class WorkerRec:
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.task_table = [None] * 10
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0

    def find(self, ident):
        task = self.task_table[ident]
        if task is None:
            raise RuntimeError("bad task id %d" % ident)
        return task

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.holding or (not task.packet_pending and task.waiting):
                task = task.link
            else:
                self.current = task
                task = task.run()


class Task:
    def __init__(self, sched, ident, priority, queue, pending, waiting, rec):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.rec = rec
        sched.task_list = self
        sched.task_table[ident] = self

    def run(self):
        if self.packet_pending and self.waiting and not self.holding:
            msg = self.input
            self.input = msg.link
            self.waiting = False
            self.holding = False
            self.packet_pending = self.input is not None
        else:
            msg = None
        return self.fn(msg, self.rec)

    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            pkt.append_to(self.input)
        return old

    def wait_task(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.sched.find(ident)
        task.holding = False
        if task.priority > self.priority:
            return task
        return self

    def qpkt(self, pkt):
        task = self.sched.find(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return task.add_packet(pkt, self)


class DeviceTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            pkt = rec.pending
            if pkt is None:
                return self.wait_task()
            rec.pending = None
            return self.qpkt(pkt)
        rec.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt, rec):
        if pkt is not None:
            if pkt.kind == K_WORK:
                rec.work_in = pkt.append_to(rec.work_in)
            else:
                rec.device_in = pkt.append_to(rec.device_in)
        work = rec.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            rec.work_in = work.link
            return self.qpkt(work)
        dev = rec.device_in
        if dev is None:
            return self.wait_task()
        rec.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, pkt, rec):
        rec.count -= 1
        if rec.count == 0:
            return self.hold()
        if rec.control & 1 == 0:
            rec.control //= 2
            return self.release(I_DEVA)
        rec.control = (rec.control // 2) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            return self.wait_task()
        if rec.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        rec.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in BUFSIZE_RANGE:
            rec.count += 1
            if rec.count > 26:
                rec.count = 1
            pkt.data[i] = 65 + rec.count - 1
        return self.qpkt(pkt)


def run_once(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, None, False, False, IdleRec(count))

    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq, True, True, WorkerRec())

    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, wkq, True, True, HandlerRec())

    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, wkq, True, True, HandlerRec())

    DeviceTask(s, I_DEVA, 4000, None, False, True, DeviceRec())
    DeviceTask(s, I_DEVB, 5000, None, False, True, DeviceRec())

    s.schedule()
    return s.hold_count, s.qpkt_count


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    total_hold = 0
    total_qpkt = 0
    for _ in range(iterations):
        hold, qpkt = run_once(10000)
        if hold != 9297 or qpkt != 23246:
            print("wrong result: hold=%d qpkt=%d" % (hold, qpkt))
            sys.exit(1)
        total_hold += hold
        total_qpkt += qpkt
    print("iterations:", iterations)
    print("hold count:", total_hold)
    print("qpkt count:", total_qpkt)


main()
