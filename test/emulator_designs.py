"""Hand-style IRON whole-array GEMM designs for the emulator tests.

Written from gemm-dataflow.md (§3 IRON lowering, §4.2 TAPs and issue order, §5 kernel
layouts, §6 worker loop and array mapping) and the mlir-aie/IRON MLIR they print,
independently of gemm_codegen: the emulator must not be tested only against the
project's own generator.

`gemm_design(...)` returns MLIR text at objectfifo level, as IRON prints it, with
either runtime-sequence flavour:
  seq="tasks"  : aiex.dma_configure_task_for / dma_start_task / dma_await_task / dma_free_task
  seq="memcpy" : aiex.npu.dma_memcpy_nd with explicit BD ids + aiex.npu.dma_wait
Workers get RTPs (rtp_write) and a runtime barrier (set_lock) like IRON's Worker,
unless rtp=False (constant loop bounds).

`python test/emulator_designs.py` regenerates test/data/emulator/*.mlir.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

ROWS = 4
MMUL = {"npu1": (4, 8, 4), "npu2": (8, 8, 8)}
FOREVER = 9223372036854775807


@dataclass(frozen=True)
class Gemm:
    dev: str
    M: int
    K: int
    N: int
    m: int
    k: int
    n: int
    cols: int
    b_col_major: bool = False
    seq: str = "tasks"
    rtp: bool = True
    prio_accuracy: bool = False
    rtp_addresses: bool = False  # give RTP buffers/locks addresses/ids (for write32 RTPs)
    defines_attr: bool = False  # name B_COL_MAJ in a `defines` attribute instead of the .o name
    partitions: int = 1  # fused: N per partition, args A, B_0.., C_0.. (cores loop over all)

    @property
    def rst(self):
        return MMUL[self.dev]

    @property
    def nA(self):
        return min(self.cols, ROWS)

    @property
    def pA(self):
        return ROWS // self.cols if self.cols < ROWS else 1

    @property
    def mA(self):
        return self.m * self.pA

    @property
    def Kt(self):
        return self.K // self.k

    @property
    def Tc(self):
        return self.N // (self.n * self.cols)

    @property
    def Tr(self):
        return self.M // (ROWS * self.m)

    def a_col(self, i: int) -> int:
        return 2 * i if self.cols == 8 else i

    def check(self):
        r, s, t = self.rst
        assert self.M % (ROWS * self.m) == 0 and self.M % self.mA == 0
        assert self.K % self.k == 0 and self.N % (self.n * self.cols) == 0
        assert self.m % r == 0 and self.k % s == 0 and self.n % t == 0


def _dims(d) -> str:
    return "[" + ", ".join(f"<size = {s}, stride = {t}>" for s, t in d) + "]"


def gemm_design(g: Gemm) -> str:
    g.check()
    r, s, t = g.rst
    m, k, n = g.m, g.k, g.n
    bf = "bf16"
    L: list[str] = []
    w = L.append
    w("module {")
    w(f"  aie.device({g.dev}) {{")
    obj = f"mm_{m}x{k}x{n}{'_b_col_maj' if g.b_col_major and not g.defines_attr else ''}.o"
    extra = ""
    if g.defines_attr and g.b_col_major:
        extra = ', defines = ["B_COL_MAJ", "ROUND_CONV_EVEN"]'
    c_int = f"memref<{m}x{n}xf32>"
    if g.prio_accuracy:
        w(f'    func.func private @zero_f32({c_int}) attributes {{link_with = "{obj}"{extra}}}')
        w(f'    func.func private @matmul_bf16_f32(memref<{m}x{k}x{bf}>, memref<{k}x{n}x{bf}>, {c_int}) attributes {{link_with = "{obj}"{extra}}}')
        w(f'    func.func private @convert_copy_f32_to_bf16({c_int}, memref<{m}x{n}x{bf}>, i32) attributes {{link_with = "convert_copy.o"}}')
    else:
        w(f'    func.func private @zero_bf16(memref<{m}x{n}x{bf}>) attributes {{link_with = "{obj}"{extra}}}')
        w(f'    func.func private @matmul_bf16_bf16(memref<{m}x{k}x{bf}>, memref<{k}x{n}x{bf}>, memref<{m}x{n}x{bf}>) attributes {{link_with = "{obj}"{extra}}}')
    for c in range(g.cols):
        w(f"    %shim_noc_tile_{c}_0 = aie.tile({c}, 0)")
    for c in range(g.cols):
        w(f"    %mem_tile_{c}_1 = aie.tile({c}, 1)")
    for h in range(ROWS):
        for c in range(g.cols):
            w(f"    %tile_{c}_{2 + h} = aie.tile({c}, {2 + h})")

    depth = 2
    # A: shim -> mem, split to the rows, broadcast along each row.
    a_dims = [(m // r, r * k), (k // s, s), (r, k), (s, 1)]
    for i in range(g.nA):
        col = g.a_col(i)
        w(f"    aie.objectfifo @A_L3L2_{i}(%shim_noc_tile_{col}_0, {{%mem_tile_{col}_1}}, {depth} : i32) : !aie.objectfifo<memref<{g.mA * k}x{bf}>>")
        outs = []
        for hp in range(g.pA):
            h = i * g.pA + hp
            cons = ", ".join(f"%tile_{c}_{2 + h}" for c in range(g.cols))
            w(f"    aie.objectfifo @A_L2L1_{h}(%mem_tile_{col}_1 dimensionsToStream {_dims(a_dims)}, {{{cons}}}, {depth} : i32) : !aie.objectfifo<memref<{m}x{k}x{bf}>>")
            outs.append(f"@A_L2L1_{h}")
        offs = ", ".join(str(hp * m * k) for hp in range(g.pA))
        w(f"    aie.objectfifo.link [@A_L3L2_{i}] -> [{', '.join(outs)}] ([] [{offs}])")
    # B and C per column.
    if g.b_col_major:
        b_dims = [(n // t, t * k), (k // s, s), (t, k), (s, 1)]
    else:
        b_dims = [(k // s, s * n), (n // t, t), (s, n), (t, 1)]
    c_dims = [(m // r, r * n), (r, t), (n // t, r * t), (t, 1)]
    c_depth = 1 if g.prio_accuracy else depth
    for c in range(g.cols):
        w(f"    aie.objectfifo @B_L3L2_{c}(%shim_noc_tile_{c}_0, {{%mem_tile_{c}_1}}, {depth} : i32) : !aie.objectfifo<memref<{k * n}x{bf}>>")
        cons = ", ".join(f"%tile_{c}_{2 + h}" for h in range(ROWS))
        w(f"    aie.objectfifo @B_L2L1_{c}(%mem_tile_{c}_1 dimensionsToStream {_dims(b_dims)}, {{{cons}}}, {depth} : i32) : !aie.objectfifo<memref<{k}x{n}x{bf}>>")
        w(f"    aie.objectfifo.link [@B_L3L2_{c}] -> [@B_L2L1_{c}] ([] [0])")
        w(f"    aie.objectfifo @C_L2L3_{c}(%mem_tile_{c}_1 dimensionsToStream {_dims(c_dims)}, {{%shim_noc_tile_{c}_0}}, {depth} : i32) : !aie.objectfifo<memref<{ROWS * m * n}x{bf}>>")
        ins = []
        for h in range(ROWS):
            w(f"    aie.objectfifo @C_L1L2_{c}_{h}(%tile_{c}_{2 + h}, {{%mem_tile_{c}_1}}, {c_depth} : i32) : !aie.objectfifo<memref<{m}x{n}x{bf}>>")
            ins.append(f"@C_L1L2_{c}_{h}")
        offs = ", ".join(str(h * m * n) for h in range(ROWS))
        w(f"    aie.objectfifo.link [{', '.join(ins)}] -> [@C_L2L3_{c}] ([{offs}] [])")

    # RTP buffers, barrier locks, accumulation buffers, cores.
    nt = g.Tr * g.Tc * g.partitions
    for h in range(ROWS):
        for c in range(g.cols):
            tile = f"%tile_{c}_{2 + h}"
            if g.rtp:
                addr = f", address = {0x400 + 0 * h} : i32" if g.rtp_addresses else ""
                w(f'    %rtp{h}_{c} = aie.buffer({tile}) {{sym_name = "rtp{h}_{c}"{addr}}} : memref<2xi32> = dense<0>')
                lid = ", 15" if g.rtp_addresses else ""
                w(f'    %barrier_{c}_{2 + h} = aie.lock({tile}{lid}) {{init = 0 : i32, sym_name = "barrier_{c}_{2 + h}"}}')
            if g.prio_accuracy:
                w(f'    %acc_{c}_{2 + h} = aie.buffer({tile}) {{sym_name = "acc_{c}_{2 + h}"}} : {c_int}')
    for h in range(ROWS):
        for c in range(g.cols):
            _core(w, g, c, h, nt)

    _sequence(w, g)
    w("  }")
    w("}")
    return "\n".join(L) + "\n"


def _core(w, g: Gemm, c: int, h: int, nt: int) -> None:
    m, k, n = g.m, g.k, g.n
    bf = "bf16"
    at, bt, ct = f"memref<{m}x{k}x{bf}>", f"memref<{k}x{n}x{bf}>", f"memref<{m}x{n}x{bf}>"
    a_fifo = f"A_L2L1_{h}"
    b_fifo = f"B_L2L1_{c}"
    c_fifo = f"C_L1L2_{c}_{h}"
    I = "      "
    w(f"    %core_{c}_{2 + h} = aie.core(%tile_{c}_{2 + h}) {{")
    w(f"{I}%c0 = arith.constant 0 : index")
    w(f"{I}%c1 = arith.constant 1 : index")
    w(f"{I}%c_forever = arith.constant {FOREVER} : index")
    w(f"{I}scf.for %arg0 = %c0 to %c_forever step %c1 {{")
    J = I + "  "
    if g.rtp:
        w(f"{J}aie.use_lock(%barrier_{c}_{2 + h}, Acquire, 1)")
        w(f"{J}%0 = memref.load %rtp{h}_{c}[%c0] : memref<2xi32>")
        w(f"{J}%1 = memref.load %rtp{h}_{c}[%c1] : memref<2xi32>")
        w(f"{J}%kt = arith.index_cast %0 : i32 to index")
        w(f"{J}%nt = arith.index_cast %1 : i32 to index")
        w(f"{J}%c1_i32 = arith.constant 1 : i32")
        w(f"{J}%cmp = arith.cmpi sgt, %1, %c1_i32 : i32")
        kt, ntv = "%kt", "%nt"
    else:
        w(f"{J}%kt = arith.constant {g.Kt} : index")
        w(f"{J}%nt = arith.constant {nt} : index")  # all partitions' tiles
        kt, ntv = "%kt", "%nt"
    w(f"{J}scf.for %arg1 = %c0 to {ntv} step %c1 {{")
    K_ = J + "  "
    if g.prio_accuracy:
        w(f"{K_}func.call @zero_f32(%acc_{c}_{2 + h}) : (memref<{m}x{n}xf32>) -> ()")
        cbuf = f"%acc_{c}_{2 + h}"
        ctype = f"memref<{m}x{n}xf32>"
        mm = "matmul_bf16_f32"
    else:
        w(f"{K_}%2 = aie.objectfifo.acquire @{c_fifo}(Produce, 1) : !aie.objectfifosubview<{ct}>")
        w(f"{K_}%3 = aie.objectfifo.subview.access %2[0] : !aie.objectfifosubview<{ct}> -> {ct}")
        w(f"{K_}func.call @zero_bf16(%3) : ({ct}) -> ()")
        cbuf, ctype, mm = "%3", ct, "matmul_bf16_bf16"
    w(f"{K_}scf.for %arg2 = %c0 to {kt} step %c1 {{")
    L_ = K_ + "  "
    w(f"{L_}%4 = aie.objectfifo.acquire @{a_fifo}(Consume, 1) : !aie.objectfifosubview<{at}>")
    w(f"{L_}%5 = aie.objectfifo.subview.access %4[0] : !aie.objectfifosubview<{at}> -> {at}")
    w(f"{L_}%6 = aie.objectfifo.acquire @{b_fifo}(Consume, 1) : !aie.objectfifosubview<{bt}>")
    w(f"{L_}%7 = aie.objectfifo.subview.access %6[0] : !aie.objectfifosubview<{bt}> -> {bt}")
    w(f"{L_}func.call @{mm}(%5, %7, {cbuf}) : ({at}, {bt}, {ctype}) -> ()")
    w(f"{L_}aie.objectfifo.release @{a_fifo}(Consume, 1)")
    w(f"{L_}aie.objectfifo.release @{b_fifo}(Consume, 1)")
    w(f"{K_}}}")
    if g.prio_accuracy:
        w(f"{K_}%8 = aie.objectfifo.acquire @{c_fifo}(Produce, 1) : !aie.objectfifosubview<{ct}>")
        w(f"{K_}%9 = aie.objectfifo.subview.access %8[0] : !aie.objectfifosubview<{ct}> -> {ct}")
        w(f"{K_}%cnt = arith.constant {m * n} : i32")
        w(f"{K_}func.call @convert_copy_f32_to_bf16({cbuf}, %9, %cnt) : ({ctype}, {ct}, i32) -> ()")
    w(f"{K_}aie.objectfifo.release @{c_fifo}(Produce, 1)")
    w(f"{J}}}")
    w(f"{I}}}")
    w(f"{I}aie.end")
    w("    } {stack_size = 3328 : i32}")


def taps(g: Gemm):
    """Issue order of (kind, fifo, column, offset, sizes, strides, wait) per §4.2."""
    m, k, n, K, N, M = g.m, g.k, g.n, g.K, g.N, g.M
    out = []
    tb_max = 4
    for tb in range(math.ceil(g.Tr / tb_max)):
        for half in (0, 1):
            Rb = tb * tb_max + half * tb_max // 2
            rho = min(tb_max // 2, g.Tr - Rb)
            if rho <= 0:
                break
            group = []
            for c in range(g.cols):
                group.append(("C", f"C_L2L3_{c}", c, Rb * 4 * m * N + c * n, [rho, g.Tc, 4 * m, n], [4 * m * N, n * g.cols, N, 1], True))
                for R in range(Rb, Rb + rho):
                    if c < g.nA:
                        gidx = (R * g.nA + c) % (M // g.mA)
                        group.append(("A", f"A_L3L2_{c}", g.a_col(c), gidx * g.mA * K, [g.Tc, g.Kt, g.mA, k], [0, k, K, 1], False))
                    if g.b_col_major:
                        group.append(("B", f"B_L3L2_{c}", c, c * n * K, [g.Tc, g.Kt, n, k], [n * g.cols * K, k, K, 1], False))
                    else:
                        group.append(("B", f"B_L3L2_{c}", c, c * n, [g.Tc, g.Kt, k, n], [n * g.cols, k * N, N, 1], False))
            out.append(group)
    return out


def _clean(sizes, strides):
    # A size-1 dimension's stride is irrelevant; IRON prints it as 0 in the upper dims.
    return [sz for sz in sizes], [0 if sz == 1 and i < 3 else st for i, (sz, st) in enumerate(zip(sizes, strides))]


def _sequence(w, g: Gemm) -> None:
    M, K, N = g.M, g.K, g.N
    P = g.partitions
    at = f"memref<{M * K}xbf16>"
    bt = f"memref<{K * N}xbf16>"
    ct = f"memref<{M * N}xbf16>"
    names = ["%A"] + [f"%B{p}" for p in range(P)] + [f"%C{p}" for p in range(P)]
    types = [at] + [bt] * P + [ct] * P
    sig = ", ".join(f"{n}: {t}" for n, t in zip(names, types))
    w(f"    aie.runtime_sequence @sequence({sig}) {{")
    I = "      "
    if g.rtp:
        for h in range(ROWS):
            for c in range(g.cols):
                w(f"{I}aiex.npu.rtp_write(@rtp{h}_{c}, 0, {g.Kt})")
                w(f"{I}aiex.npu.rtp_write(@rtp{h}_{c}, 1, {g.Tr * g.Tc * g.partitions})")
        for h in range(ROWS):
            for c in range(g.cols):
                w(f"{I}aiex.set_lock(%barrier_{c}_{2 + h}, 1)")
    groups = []
    argmap = []
    for p in range(P):
        for grp in taps(g):
            groups.append(grp)
            argmap.append({"A": ("%A", at), "B": (f"%B{p}", bt), "C": (f"%C{p}", ct)})
    if g.seq == "tasks":
        tid = 0
        pending: list[tuple[str, bool]] = []
        for gi, group in enumerate(groups):
            mine = []
            for kind, fifo, col, off, sizes, strides, wait in group:
                sizes, strides = _clean(sizes, strides)
                name, ty = argmap[gi][kind]
                length = sizes[1] * sizes[2] * sizes[3]
                attrs = []
                if sizes[0] > 1:
                    attrs.append(f"repeat_count = {sizes[0] - 1} : i32")
                if wait:
                    attrs.append("issue_token = true")
                w(f"{I}%t{tid} = aiex.dma_configure_task_for @{fifo} {{")
                w(f"{I}  aie.dma_bd({name} : {ty}, {off}, {length}, {_dims(list(zip(sizes, strides)))}) {{burst_length = 0 : i32}}")
                w(f"{I}  aie.end")
                w(f"{I}}}" + (f" {{{', '.join(attrs)}}}" if attrs else ""))
                w(f"{I}aiex.dma_start_task(%t{tid})")
                mine.append((f"%t{tid}", wait))
                tid += 1
            pending.extend(mine)
            if gi > 0:
                for handle, wait in pending:
                    if wait:
                        w(f"{I}aiex.dma_await_task({handle})")
                for handle, wait in pending:
                    if not wait:
                        w(f"{I}aiex.dma_free_task({handle})")
                pending = []
        for handle, wait in pending:
            if wait:
                w(f"{I}aiex.dma_await_task({handle})")
        for handle, wait in pending:
            if not wait:
                w(f"{I}aiex.dma_free_task({handle})")
    else:
        # Older IRON/mlir-aie whole_array: per half, BD ids base (C), base+2j+1 (A),
        # base+2j+2 (B) per shim tile; base alternates 0/8; waits on every C fifo.
        for gi, group in enumerate(groups):
            base = 0 if gi % 2 == 0 else 8
            row_idx: dict[tuple[str, int], int] = {}
            for kind, fifo, col, off, sizes, strides, wait in group:
                sizes, strides = _clean(sizes, strides)
                if kind == "C":
                    bd = base
                else:
                    j = row_idx.get((kind, col), 0)
                    row_idx[(kind, col)] = j + 1
                    bd = base + 2 * j + (1 if kind == "A" else 2)
                name, ty = argmap[gi][kind]
                tok = ", issue_token = true" if wait else ""
                w(f"{I}aiex.npu.dma_memcpy_nd({name}[0, 0, 0, {off}][{', '.join(map(str, sizes))}][{', '.join(map(str, strides))}]) {{id = {bd} : i64, metadata = @{fifo}{tok}}} : {ty}")
            if gi > 0:
                for c in range(g.cols):
                    w(f"{I}aiex.npu.dma_wait {{symbol = @C_L2L3_{c}}}")
        for c in range(g.cols):
            w(f"{I}aiex.npu.dma_wait {{symbol = @C_L2L3_{c}}}")
    w("    }")


CATALOG = {
    "npu1_gemm_128_tasks.mlir": Gemm("npu1", 128, 128, 128, 32, 32, 32, 4, seq="tasks"),
    "npu1_gemm_256_memcpy_bcol.mlir": Gemm("npu1", 256, 128, 256, 32, 32, 32, 4, b_col_major=True, seq="memcpy"),
    "npu1_gemm_256x128x256_2col_tasks.mlir": Gemm("npu1", 256, 128, 256, 32, 32, 32, 2, seq="tasks"),
    "npu2_gemm_256_tasks.mlir": Gemm("npu2", 256, 256, 256, 32, 32, 32, 8, seq="tasks"),
    "npu2_gemm_512x256x512_memcpy.mlir": Gemm("npu2", 512, 256, 512, 64, 64, 64, 8, b_col_major=True, seq="memcpy"),
    "npu2_gemm_256_prio_accuracy.mlir": Gemm("npu2", 256, 128, 256, 32, 32, 32, 8, seq="tasks", prio_accuracy=True),
    "npu2_gemm_fused3_tasks.mlir": Gemm("npu2", 256, 128, 256, 32, 32, 32, 8, b_col_major=True, seq="tasks", partitions=3),
    "npu1_gemm_fused3_memcpy.mlir": Gemm("npu1", 128, 128, 128, 32, 32, 32, 4, seq="memcpy", partitions=3),
}


def main() -> None:
    out = Path(__file__).parent / "data" / "emulator"
    out.mkdir(parents=True, exist_ok=True)
    for name, g in CATALOG.items():
        (out / name).write_text(gemm_design(g))
        print("wrote", out / name)


if __name__ == "__main__":
    main()
