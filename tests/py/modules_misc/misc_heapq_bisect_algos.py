# dijkstra with heapq, binary search with bisect
import heapq, bisect
graph = {"A": [("B", 7), ("C", 9), ("F", 14)], "B": [("A", 7), ("C", 10), ("D", 15)], "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
         "D": [("B", 15), ("C", 11), ("E", 6)], "E": [("D", 6), ("F", 9)], "F": [("A", 14), ("C", 2), ("E", 9)]}
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
print(dijkstra("A"))
sorted_nums = sorted((i * 7919) % 10007 for i in range(500))
def contains(x):
    i = bisect.bisect_left(sorted_nums, x)
    return i < len(sorted_nums) and sorted_nums[i] == x
print(sum(contains(x) for x in range(10007)), sorted_nums[:5])
