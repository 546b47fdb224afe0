# Measures: list-based board manipulation, flood fills and seeded random playouts (Monte-Carlo Go search on a 7x7 board).
import sys
import random
from math import sqrt

EMPTY = 0
BLACK = 1
WHITE = 2
PASS = -1
KOMI = 7.5
COLUMNS = "ABCDEFGHJ"


def make_neighbors(size):
    table = []
    for pos in range(size * size):
        row, col = divmod(pos, size)
        nbrs = []
        if row > 0:
            nbrs.append(pos - size)
        if row < size - 1:
            nbrs.append(pos + size)
        if col > 0:
            nbrs.append(pos - 1)
        if col < size - 1:
            nbrs.append(pos + 1)
        table.append(tuple(nbrs))
    return table


class Board:
    def __init__(self, size, neighbors=None):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.neighbors = neighbors if neighbors is not None else make_neighbors(size)
        self.to_move = BLACK
        self.ko = PASS
        self.passes = 0
        self.move_count = 0

    def copy(self):
        other = Board(self.size, self.neighbors)
        other.cells = self.cells[:]
        other.to_move = self.to_move
        other.ko = self.ko
        other.passes = self.passes
        other.move_count = self.move_count
        return other

    def group(self, pos):
        cells = self.cells
        color = cells[pos]
        stones = [pos]
        seen = {pos}
        liberties = set()
        i = 0
        while i < len(stones):
            for n in self.neighbors[stones[i]]:
                c = cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, len(liberties)

    def liberties(self, pos):
        return self.group(pos)[1]

    def is_eye(self, pos, color):
        for n in self.neighbors[pos]:
            if self.cells[n] != color:
                return False
        return True

    def is_legal(self, pos, color):
        if pos == PASS:
            return True
        cells = self.cells
        if cells[pos] != EMPTY or pos == self.ko:
            return False
        nbrs = self.neighbors[pos]
        for n in nbrs:
            if cells[n] == EMPTY:
                return True
        opponent = 3 - color
        for n in nbrs:
            c = cells[n]
            if c == opponent:
                if self.liberties(n) == 1:
                    return True
            elif c == color:
                if self.liberties(n) > 1:
                    return True
        return False

    def play(self, pos):
        color = self.to_move
        self.to_move = 3 - color
        self.move_count += 1
        if pos == PASS:
            self.passes += 1
            self.ko = PASS
            return
        self.passes = 0
        cells = self.cells
        cells[pos] = color
        opponent = 3 - color
        captured = []
        for n in self.neighbors[pos]:
            if cells[n] == opponent:
                stones, libs = self.group(n)
                if libs == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        self.ko = PASS
        if len(captured) == 1:
            stones, libs = self.group(pos)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]

    def candidate_moves(self, color):
        return [pos for pos in range(len(self.cells))
                if self.cells[pos] == EMPTY and not self.is_eye(pos, color) and self.is_legal(pos, color)]

    def random_move(self, rng):
        color = self.to_move
        cells = self.cells
        empties = [pos for pos in range(len(cells)) if cells[pos] == EMPTY]
        while empties:
            i = int(rng.random() * len(empties))
            pos = empties[i]
            if not self.is_eye(pos, color) and self.is_legal(pos, color):
                return pos
            empties[i] = empties[-1]
            empties.pop()
        return PASS

    def score(self):
        black = white = 0
        cells = self.cells
        for pos, c in enumerate(cells):
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                owners = {cells[n] for n in self.neighbors[pos]}
                if owners == {BLACK}:
                    black += 1
                elif owners == {WHITE}:
                    white += 1
        return black - white - KOMI

    def coord(self, pos):
        if pos == PASS:
            return "pass"
        row, col = divmod(pos, self.size)
        return "%s%d" % (COLUMNS[col], self.size - row)

    def render(self):
        symbols = ".XO"
        lines = []
        for row in range(self.size):
            line = " ".join(symbols[self.cells[row * self.size + col]] for col in range(self.size))
            lines.append("%d %s" % (self.size - row, line))
        lines.append("  " + " ".join(COLUMNS[:self.size]))
        return "\n".join(lines)


def playout(board, rng, max_moves):
    while board.passes < 2 and board.move_count < max_moves:
        board.play(board.random_move(rng))
    return board.score()


def choose_move(board, rng, playouts, max_moves):
    color = board.to_move
    moves = board.candidate_moves(color)
    if not moves:
        return PASS
    wins = [0.0] * len(moves)
    visits = [0] * len(moves)
    for total in range(playouts):
        best = 0
        best_value = -1.0
        root = sqrt(total + 1)
        for i in range(len(moves)):
            if visits[i] == 0:
                best = i
                break
            value = wins[i] / visits[i] + 0.8 * root / (visits[i] + 1)
            if value > best_value:
                best_value = value
                best = i
        b = board.copy()
        b.play(moves[best])
        result = playout(b, rng, max_moves)
        won = result > 0 if color == BLACK else result < 0
        visits[best] += 1
        if won:
            wins[best] += 1.0
    best = 0
    for i in range(1, len(moves)):
        if visits[i] > visits[best]:
            best = i
    return moves[best]


def main():
    playouts = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    rng = random.Random(2011)
    size = 7
    game_moves = 12
    max_moves = 3 * size * size
    board = Board(size)
    record = []
    while board.passes < 2 and board.move_count < game_moves:
        move = choose_move(board, rng, playouts, max_moves)
        record.append(board.coord(move))
        board.play(move)
    print("playouts per move:", playouts)
    print("moves:", len(record))
    for i in range(0, len(record), 12):
        print(" ".join(record[i:i + 12]))
    print(board.render())
    print("score (black - white - komi): %.1f" % board.score())
    print("random playout from here: %.1f" % playout(board.copy(), rng, max_moves))


main()
